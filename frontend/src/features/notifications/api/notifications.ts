import { useIdempotencyKey } from "@/lib/idempotency";
import {
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type Channel = Schemas["Channel"];
export type ChannelInput = Schemas["ChannelInput"];
export type ChannelKind = ChannelInput["kind"];
export type ChannelTestResult = Schemas["ChannelTestResult"];
export type Delivery = Schemas["Delivery"];
export type DeliveryStatus = Delivery["status"];
type Group = Schemas["Group"];

export const CHANNEL_KINDS: ChannelKind[] = [
  "DINGTALK",
  "WECOM",
  "FEISHU",
  "EMAIL",
  "WEBHOOK",
  "SMS",
];
/** The languages a message can be written in (a channel's, or a person's e-mail). */
export const MESSAGE_LANGUAGES = ["zh-CN", "en"] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];
/** Kinds that cannot work without a signing secret (ChannelKind.needsSecret on the server). */
export const SIGNED_KINDS: ChannelKind[] = ["DINGTALK", "FEISHU", "WEBHOOK", "SMS"];
/** NotificationApi's bean validation limits. */
export const LIMITS = { name: 100, url: 2000, secret: 500, smsField: 100 } as const;
/** An approved Alibaba Cloud SMS template's code (ChannelService's rule). */
export const SMS_TEMPLATE = /^SMS_[0-9]{1,20}$/;

export function useChannels(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["notifications", "channels"],
      queryFn: ({ signal }) => api<Channel[]>("/notification-channels", { signal }),
      enabled,
    }),
  );
}

/** The response groups a channel can belong to (their codes and Chinese and English names). */
export function useResponseGroups(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["notifications", "groups"],
      queryFn: ({ signal }) => api<Group[]>("/org/groups", { signal }),
      enabled,
      staleTime: 5 * 60_000,
    }),
  );
}

export function useSaveChannel(channel?: Channel) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput) =>
      channel
        ? api<Channel>(`/notification-channels/${channel.id}`, {
            method: "PUT",
            body: input,
            version: channel.version,
          })
        : api<Channel>("/notification-channels", {
            method: "POST",
            body: input,
            idempotencyKey: key.current(),
          }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications", "channels"] }),
  });
}

export function useTestChannel() {
  return useMutation({
    mutationFn: (id: number) =>
      api<ChannelTestResult>(`/notification-channels/${id}/test`, { method: "POST" }),
  });
}

export const DELIVERY_PAGE_SIZE = 100;

/**
 * The delivery log newest first, a page of {@link DELIVERY_PAGE_SIZE} at a time: each further page
 * asks for the deliveries before the last id seen. Loaded pages refresh every 5 s.
 */
export function useDeliveries(status: DeliveryStatus | undefined) {
  return useInfiniteQuery({
    queryKey: ["notifications", "deliveries", status ?? "ALL"],
    queryFn: ({ pageParam, signal }) =>
      api<Delivery[]>("/notification-deliveries", {
        signal,
        query: { status, before: pageParam, limit: DELIVERY_PAGE_SIZE },
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < DELIVERY_PAGE_SIZE ? undefined : last.at(-1)?.id),
    refetchInterval: 5_000,
  });
}

export function useResend() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      api<Delivery>(`/notification-deliveries/${id}/resend`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications", "deliveries"] }),
  });
}

export type NotificationSettings = Schemas["NotificationSettings"];
export type SettingsInput = Schemas["NotificationSettingsInput"];
export type PageGrade = NotificationSettings["smsGrades"][number];
/** The grades a page can come at, in order (UNGRADED: reported, not graded yet). */
export const PAGE_GRADES: PageGrade[] = ["UNGRADED", "GENERAL", "SERIOUS", "MAJOR"];

/** The caller's own phone, e-mail and the grades at which pages also come by SMS or e-mail. */
export function useMySettings() {
  return useQuery(
    queryOptions({
      queryKey: ["notifications", "my-settings"],
      queryFn: ({ signal }) => api<NotificationSettings>("/me/notification-settings", { signal }),
    }),
  );
}

/**
 * Saves my settings at the version last read or saved, taken when the save starts (not when the
 * page last rendered): a second save right after the first carries the version the first made.
 */
export function useSaveMySettings() {
  const queryClient = useQueryClient();
  const key = ["notifications", "my-settings"];
  return useMutation({
    mutationFn: (input: SettingsInput) =>
      api<NotificationSettings>("/me/notification-settings", {
        method: "PUT",
        body: input,
        version: queryClient.getQueryData<NotificationSettings>(key)?.version ?? 0,
      }),
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
  });
}

export type NotificationRule = Schemas["NotificationRule"];
export type RuleInput = Schemas["NotificationRuleInput"];

/** Which groups each incident event reaches, by grade. */
export function useRules(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["notifications", "rules"],
      queryFn: ({ signal }) => api<NotificationRule[]>("/notification-rules", { signal }),
      enabled,
    }),
  );
}

export function useSaveRule(rule: NotificationRule) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RuleInput) =>
      api<NotificationRule>(`/notification-rules/${rule.event}`, {
        method: "PUT",
        body: input,
        version: rule.version,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["notifications", "rules"] }),
  });
}
