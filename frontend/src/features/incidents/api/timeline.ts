import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type TimelineEntry = components["schemas"]["TimelineEntry"];
export const NOTE_LIMIT = 10_000;

export function incidentTimelineQuery(id: number) {
  return queryOptions({
    queryKey: ["incidents", "detail", id, "timeline"],
    queryFn: ({ signal }) => api<TimelineEntry[]>(`/incidents/${id}/timeline`, { signal }),
  });
}

export function useIncidentTimeline(id: number) {
  return useQuery(incidentTimelineQuery(id));
}

export function useAddNote(id: number) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) =>
      api<TimelineEntry>(`/incidents/${id}/notes`, {
        method: "POST",
        body: { text },
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}
