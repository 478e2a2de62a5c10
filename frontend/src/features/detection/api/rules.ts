import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type AlertRule = components["schemas"]["AlertRule"];
export type RuleAction = components["schemas"]["RuleAction"];

export const RULE_ACTIONS: RuleAction[] = ["OPEN_INCIDENT", "ATTACH", "RECORD"];
export const CATEGORIES = [
  "SYSTEM_CRASH",
  "NETWORK_FAILURE",
  "DATA_LOSS",
  "ORDER_PROCESSING",
  "INVENTORY_DISORDER",
  "DELIVERY_DELAY",
  "OTHER",
] as const;

export const BUSINESS_LINES = ["PROCUREMENT", "WAREHOUSE", "LOGISTICS", "SALES"] as const;
export const GRADES = ["GENERAL", "SERIOUS", "MAJOR"] as const;

export function useRules(integrationId: number) {
  return useQuery(
    queryOptions({
      queryKey: ["integrations", integrationId, "rules"],
      queryFn: ({ signal }) => api<AlertRule[]>(`/integrations/${integrationId}/rules`, { signal }),
    }),
  );
}

export function useSaveRules(integrationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rules: AlertRule[]) =>
      api<AlertRule[]>(`/integrations/${integrationId}/rules`, { method: "PUT", body: rules }),
    onSuccess: (saved) => queryClient.setQueryData(["integrations", integrationId, "rules"], saved),
  });
}
