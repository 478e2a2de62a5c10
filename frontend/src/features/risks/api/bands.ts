import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Band = components["schemas"]["RiskBand"];

export const bandsQuery = queryOptions({
  queryKey: ["risks", "bands"],
  queryFn: ({ signal }) => api<Band[]>("/risks/bands", { signal }),
  staleTime: 5 * 60_000,
});

export function useBands() {
  return useQuery(bandsQuery);
}

/** Replaces every band at once; the server checks they cover 1–25 without gaps. */
export function useReplaceBands() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (bands: Band[]) => api<Band[]>("/risks/bands", { method: "PUT", body: { bands } }),
    // Bands decide every risk's band and every heat-map colour.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["risks"] }),
  });
}

/** The band a score falls in, or undefined when the bands leave it out. */
export function bandOf(bands: Band[] | undefined, score: number): Band | undefined {
  return bands?.find((band) => score >= band.minScore && score <= band.maxScore);
}
