import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { Incident } from "./get-incidents";

export function getIncident(id: number, signal?: AbortSignal) {
  return api<Incident>(`/incidents/${id}`, { signal });
}

export function incidentQuery(id: number) {
  return queryOptions({
    queryKey: ["incidents", "detail", id, "incident"],
    queryFn: ({ signal }) => getIncident(id, signal),
  });
}

export function useIncident(id: number) {
  return useQuery(incidentQuery(id));
}
