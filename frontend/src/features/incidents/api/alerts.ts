import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type IncidentAlert = components["schemas"]["Alert"];
export type Change = components["schemas"]["Change"];
type AlertPage = components["schemas"]["PageResponseAlertView"];

/** The alerts routed to this incident, newest first (commander, tech, admin). */
export function useIncidentAlerts(id: number, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "alerts"],
      queryFn: ({ signal }) =>
        api<AlertPage>("/alerts", { query: { incidentId: id, size: 20 }, signal }),
      enabled,
      refetchInterval: 15_000,
    }),
  );
}

/** Deploys and configuration changes of the incident's systems from the hours before it began. */
export function useRecentChanges(id: number, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "changes"],
      queryFn: ({ signal }) => api<Change[]>(`/incidents/${id}/changes`, { signal }),
      enabled,
      refetchInterval: 60_000,
    }),
  );
}
