import { queryOptions, useQuery } from "@tanstack/react-query";
import type { components } from "@/types/api";
import { api } from "./api-client";

export type Me = components["schemas"]["Me"];

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: ({ signal }) => api<Me>("/me", { signal }),
  staleTime: 5 * 60_000,
});

/** The signed-in person as the backend sees them: permissions decide which actions the UI offers. */
export function useMe() {
  return useQuery(meQuery);
}

/**
 * Whether the caller holds a named permission (`risk:write`, …) as `GET /me` lists them from the
 * server's one table; the server decides again on every call.
 */
export function can(me: Me | undefined, permission: string): boolean {
  return !!me && me.permissions.includes(permission);
}

/** Whether the caller acts for a response group (its code: COMMAND, TECHNICAL, LOGISTICS…). */
export function actsFor(me: Me | undefined, group: string): boolean {
  return !!me && me.groups.includes(group);
}
