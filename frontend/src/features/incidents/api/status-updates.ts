import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import { useIdempotencyKey } from "@/lib/idempotency";
import type { components } from "@/types/api";

export type StatusUpdate = components["schemas"]["StatusUpdate"];
export type PostStatusUpdate = components["schemas"]["PostStatusUpdate"];
/** ResponseApi.PostStatusUpdate's limit per part. */
export const STATUS_PART_LIMIT = 2000;

/** The incident's status updates, newest first (refreshed with the war room's live events). */
export function useStatusUpdates(id: number) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "status-updates"],
      queryFn: ({ signal }) => api<StatusUpdate[]>(`/incidents/${id}/status-updates`, { signal }),
    }),
  );
}

/** Posts an update once per form (one idempotency key until it is stored). */
export function usePostStatusUpdate(id: number) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PostStatusUpdate) =>
      api<StatusUpdate>(`/incidents/${id}/status-updates`, {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}
