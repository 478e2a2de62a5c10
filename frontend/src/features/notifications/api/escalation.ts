import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type EscalationPolicy = Schemas["EscalationPolicy"];
export type PolicyInput = Schemas["EscalationPolicyInput"];
export type StepInput = Schemas["EscalationStepInput"];
export type StepTarget = StepInput["target"];
export type PageView = Schemas["PageView"];

export const TARGETS: StepTarget[] = ["ON_DUTY", "COMMANDER", "GROUP", "PERSON"];
/** How a step may also reach the paged person beside the chat. */
export const MEDIA: NonNullable<StepInput["notifyBy"]> = ["SMS", "EMAIL"];
/** EscalationApi's limits: 1–10 steps, waits of 1–1440 minutes, 0–5 repeats. */
export const LIMITS = { name: 100, steps: 10, wait: [1, 1440], repeat: [0, 5] } as const;

export function usePolicies(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["escalation", "policies"],
      queryFn: ({ signal }) => api<EscalationPolicy[]>("/escalation-policies", { signal }),
      enabled,
    }),
  );
}

export function useSavePolicy(policy?: EscalationPolicy) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PolicyInput) =>
      policy
        ? api<EscalationPolicy>(`/escalation-policies/${policy.id}`, {
            method: "PUT",
            body: input,
            version: policy.version,
          })
        : api<EscalationPolicy>("/escalation-policies", {
            method: "POST",
            body: input,
            idempotencyKey: key.current(),
          }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["escalation", "policies"] }),
  });
}

export function usePage(token: string) {
  return useQuery(
    queryOptions({
      queryKey: ["escalation", "page", token],
      queryFn: ({ signal }) => api<PageView>(`/pages/${encodeURIComponent(token)}`, { signal }),
      retry: false,
    }),
  );
}

export function useAcknowledgePage(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<PageView>(`/pages/${encodeURIComponent(token)}/acknowledge`, { method: "POST" }),
    onSuccess: (page) => queryClient.setQueryData(["escalation", "page", token], page),
    // Already acknowledged (a second tap): show the page as it now is.
    onError: () => queryClient.invalidateQueries({ queryKey: ["escalation", "page", token] }),
  });
}
