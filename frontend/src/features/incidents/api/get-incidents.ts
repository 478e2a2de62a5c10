import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Incident = components["schemas"]["Incident"];
export type IncidentStatus = components["schemas"]["IncidentStatus"];
export type IncidentPage = components["schemas"]["IncidentPage"];

export type Grade = components["schemas"]["Grade"];
export type IncidentCategory = components["schemas"]["IncidentCategory"];

export interface IncidentFilter {
  status?: IncidentStatus[];
  grade?: Grade[];
  category?: IncidentCategory[];
  from?: string;
  to?: string;
  mine?: boolean;
  page: number;
  size: number;
}

export function getIncidents(filter: IncidentFilter, signal?: AbortSignal) {
  return api<IncidentPage>("/incidents", {
    query: {
      status: filter.status,
      grade: filter.grade,
      category: filter.category,
      from: filter.from,
      to: filter.to,
      mine: filter.mine ? "true" : undefined,
      page: filter.page,
      size: filter.size,
    },
    signal,
  });
}

export function incidentsQuery(filter: IncidentFilter) {
  return queryOptions({
    queryKey: ["incidents", filter],
    queryFn: ({ signal }) => getIncidents(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useIncidents(filter: IncidentFilter) {
  return useQuery(incidentsQuery(filter));
}
