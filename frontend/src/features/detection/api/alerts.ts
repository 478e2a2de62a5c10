import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Alert = components["schemas"]["Alert"];
export type AlertPage = components["schemas"]["PageResponseAlertView"];

export function useAlerts(status: "OPEN" | "RESOLVED" | undefined, page: number) {
  return useQuery(
    queryOptions({
      queryKey: ["alerts", status, page],
      queryFn: ({ signal }) =>
        api<AlertPage>("/alerts", { query: { status, page, size: 50 }, signal }),
      placeholderData: keepPreviousData,
      refetchInterval: 10_000,
    }),
  );
}
