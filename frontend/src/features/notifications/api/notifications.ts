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

export const CHANNEL_KINDS: ChannelKind[] = ["DINGTALK", "WECOM", "FEISHU", "EMAIL", "WEBHOOK"];
/** Kinds that cannot work without a signing secret (ChannelKind.needsSecret on the server). */
export const SIGNED_KINDS: ChannelKind[] = ["DINGTALK", "FEISHU", "WEBHOOK"];
/** NotificationApi's bean validation limits. */
export const LIMITS = { name: 100, url: 2000, secret: 500 } as const;

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
