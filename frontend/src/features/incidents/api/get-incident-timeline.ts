import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type TimelineEntry = components["schemas"]["TimelineEntry"];

export function getIncidentTimeline(id: number, signal?: AbortSignal) {
  return api<TimelineEntry[]>(`/incidents/${id}/timeline`, { signal });
}

export function incidentTimelineQuery(id: number) {
  return queryOptions({
    queryKey: ["incidents", "timeline", id],
    queryFn: ({ signal }) => getIncidentTimeline(id, signal),
  });
}

export function useIncidentTimeline(id: number) {
  return useQuery(incidentTimelineQuery(id));
}
