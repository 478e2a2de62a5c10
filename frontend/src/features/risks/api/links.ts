import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";
import type { RiskLink } from "./risks";

export type LinkKind = components["schemas"]["RiskLinkKind"];
export type LinkInput = components["schemas"]["RiskLinkInput"];

export const LINK_KINDS: LinkKind[] = ["INCIDENT", "DRILL", "RUNBOOK", "SAFEGUARD"];

export function useAddLink(riskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LinkInput) =>
      api<RiskLink>(`/risks/${riskId}/links`, { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["risks", "detail", riskId] }),
  });
}

export function useRemoveLink(riskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, targetId }: { kind: LinkKind; targetId: number }) =>
      api<void>(`/risks/${riskId}/links/${kind}/${targetId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["risks", "detail", riskId] }),
  });
}
