import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Integration = components["schemas"]["Integration"];
export type CreateIntegrationInput = components["schemas"]["CreateIntegration"];
export type UpdateIntegrationInput = components["schemas"]["UpdateIntegration"];
export type IntegrationType = components["schemas"]["IntegrationType"];

export const INTEGRATION_TYPES: IntegrationType[] = [
  "ALERTMANAGER",
  "GRAFANA",
  "EVENTS",
  "HEARTBEAT",
];

export function useIntegrations() {
  return useQuery(
    queryOptions({
      queryKey: ["integrations"],
      queryFn: ({ signal }) => api<Integration[]>("/integrations", { signal }),
    }),
  );
}

export function useCreateIntegration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateIntegrationInput) =>
      api<Integration>("/integrations", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["integrations"] }),
  });
}

/** Saves a change on top of the version the admin edited; 412 if someone changed it meanwhile. */
export function useUpdateIntegration(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: UpdateIntegrationInput }) =>
      api<Integration>(`/integrations/${id}`, { method: "PUT", body: input, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["integrations"] }),
  });
}

export function useRotateKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) =>
      api<Integration>(`/integrations/${id}/rotate-key`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["integrations"] }),
  });
}
