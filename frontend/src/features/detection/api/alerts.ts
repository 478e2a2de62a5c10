import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Alert = components["schemas"]["Alert"];
export type AlertPage = components["schemas"]["PageResponseAlertView"];
export type RoutingRetry = components["schemas"]["RoutingRetry"];

/** Which alerts a list shows: by state, or those routing set aside with an error. */
export type AlertFilter = Alert["status"] | "UNROUTED";

export function useAlerts(filter: AlertFilter, page: number) {
  const query =
    filter === "UNROUTED"
      ? { unrouted: "true", page, size: 50 }
      : { status: filter, page, size: 50 };
  return useQuery(
    queryOptions({
      queryKey: ["alerts", filter, page],
      queryFn: ({ signal }) => api<AlertPage>("/alerts", { query, signal }),
      placeholderData: keepPreviousData,
      refetchInterval: 10_000,
    }),
  );
}

/** Puts every alert routing set aside back in the queue (admin). */
export function useRetryRouting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<RoutingRetry>("/alerts/routing-retries", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["alerts"] }),
  });
}
