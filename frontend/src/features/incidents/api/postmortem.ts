import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type WritePostmortemInput = components["schemas"]["WritePostmortem"];
export type Postmortem = components["schemas"]["Postmortem"];
export type FileActionInput = components["schemas"]["FileAction"];

export function usePostmortem(id: number, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "postmortem"],
      queryFn: ({ signal }) => api<Postmortem>(`/incidents/${id}/postmortem`, { signal }),
      enabled,
      retry: false,
    }),
  );
}

export function useFileAction(id: number) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FileActionInput) =>
      api(`/incidents/${id}/actions`, {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}

export function useWritePostmortem(id: number, version?: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WritePostmortemInput) =>
      api(`/incidents/${id}/postmortem`, { method: "PUT", body: input, version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}
