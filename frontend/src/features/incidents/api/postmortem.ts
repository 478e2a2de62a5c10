import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type WritePostmortemInput = components["schemas"]["WritePostmortem"];

export function useWritePostmortem(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: WritePostmortemInput) =>
      api(`/incidents/${id}/postmortem`, { method: "PUT", body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}
