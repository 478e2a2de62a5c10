import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Silence = components["schemas"]["Silence"];
export type CreateSilenceInput = components["schemas"]["CreateSilence"];
export type MatchField = components["schemas"]["MatchField"];

export const MATCH_FIELDS: MatchField[] = ["LABEL", "SEVERITY", "SOURCE", "SUMMARY"];

export function useSilences() {
  return useQuery(
    queryOptions({
      queryKey: ["silences"],
      queryFn: ({ signal }) => api<Silence[]>("/silences", { query: { active: "true" }, signal }),
    }),
  );
}

export function useCreateSilence() {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSilenceInput) =>
      api<Silence>("/silences", {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["silences"] }),
  });
}

export function useExpireSilence() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<Silence>(`/silences/${id}/expire`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["silences"] }),
  });
}
