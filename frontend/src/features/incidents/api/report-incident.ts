import { useIdempotencyKey } from "@/lib/idempotency";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";
import type { Incident } from "./get-incidents";

export type ReportIncidentInput = components["schemas"]["ReportIncident"];
export type BusinessLine = components["schemas"]["BusinessLine"];

export const BUSINESS_LINES: BusinessLine[] = ["PROCUREMENT", "WAREHOUSE", "LOGISTICS", "SALES"];
export const LIMITS = { title: 200, phenomenon: 4000, contact: 200 } as const;

export function reportIncident(input: ReportIncidentInput, idempotencyKey?: string) {
  return api<Incident>("/incidents", { method: "POST", body: input, idempotencyKey });
}

export function useReportIncident() {
  const queryClient = useQueryClient();
  const key = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: ReportIncidentInput) =>
      reportIncident(input, key.current()).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["incidents"] }),
  });
}
