import { queryOptions, useQuery } from "@tanstack/react-query";
import type { components } from "@/types/api";
import { api } from "./api-client";

export type Me = components["schemas"]["Me"];

export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: ({ signal }) => api<Me>("/me", { signal }),
  staleTime: 5 * 60_000,
});

/** The signed-in person as the backend sees them: roles decide which actions the UI offers. */
export function useMe() {
  return useQuery(meQuery);
}

export function hasAnyRole(me: Me | undefined, ...roles: string[]): boolean {
  return !!me && roles.some((role) => me.roles.includes(role));
}
