import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Member = components["schemas"]["Member"];

/** People who signed in holding this realm role: candidates for incident roles and tasks. */
export function useMembers(role: string, enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["org", "members", role],
      queryFn: ({ signal }) => api<Member[]>("/org/members", { query: { role }, signal }),
      enabled,
    }),
  );
}
