import { useInfiniteQuery } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type AuditEntry = components["schemas"]["AuditEntry"];

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
}

/** Audit entries newest first; each further page asks for the entries before the last id seen. */
export function useAuditEntries(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ["audit", filter],
    queryFn: ({ pageParam, signal }) =>
      api<AuditEntry[]>("/audit", {
        query: {
          entityType: filter.entityType,
          entityId: filter.entityId,
          before: pageParam,
          limit: AUDIT_PAGE_SIZE,
        },
        signal,
      }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.length < AUDIT_PAGE_SIZE ? undefined : last.at(-1)?.id),
  });
}
