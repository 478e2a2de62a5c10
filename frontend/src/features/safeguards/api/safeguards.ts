import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type ProtectedSystem = Schemas["ProtectedSystem"];
export type SystemInput = Schemas["SystemInput"];
export type RestoreCheck = Schemas["RestoreCheck"];
export type RestoreCheckInput = Schemas["RestoreCheckInput"];

/** SafeguardApi's bean validation limits. */
export const LIMITS = {
  name: 100,
  description: 2000,
  redundancy: 2000,
  note: 2000,
  backupEveryHours: [1, 720],
  retentionDays: [1, 3650],
  restoreCheckDays: [1, 365],
} as const;

export function useSafeguards(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["safeguards", "list"],
      queryFn: ({ signal }) => api<ProtectedSystem[]>("/safeguards", { signal }),
      enabled,
    }),
  );
}

export function fetchSafeguard(id: number) {
  return api<ProtectedSystem>(`/safeguards/${id}`);
}

export function useCreateSafeguard() {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SystemInput) =>
      api<ProtectedSystem>("/safeguards", {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["safeguards"] }),
  });
}

/** Saves a policy change on top of the version the user edited; 412 if it moved on. */
export function useUpdateSafeguard(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: SystemInput }) =>
      api<ProtectedSystem>(`/safeguards/${id}`, { method: "PUT", body: input, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["safeguards"] }),
  });
}

export function useRestoreChecks(id: number) {
  return useQuery(
    queryOptions({
      queryKey: ["safeguards", "checks", id],
      queryFn: ({ signal }) => api<RestoreCheck[]>(`/safeguards/${id}/restore-checks`, { signal }),
    }),
  );
}

export function useRecordRestoreCheck(id: number) {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RestoreCheckInput) =>
      api<RestoreCheck>(`/safeguards/${id}/restore-checks`, {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    // The system's last restore and overdue mark change with it.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["safeguards"] }),
  });
}
