import { useIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError, api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type PlanDocument = Schemas["PlanDocument"];
export type PlanSummary = Schemas["PlanSummary"];
export type PlanSection = Schemas["PlanSection"];
export type PlanStatus = Schemas["PlanStatus"];
export type DraftInput = Schemas["DraftInput"];
export type DiffLine = Schemas["DiffLine"];

export const STATUSES: PlanStatus[] = ["DRAFT", "IN_REVIEW", "APPROVED", "PUBLISHED", "SUPERSEDED"];

/** PlanApi's bean validation limits. */
export const LIMITS = {
  title: 200,
  changeSummary: 2000,
  sections: 50,
  heading: 200,
  body: 20000,
  reason: 1000,
  minInterval: 30,
  maxInterval: 1095,
} as const;

/** The plan in force; null while none has been published (the server answers 404). */
export function usePublishedPlan() {
  return useQuery(
    queryOptions({
      queryKey: ["plan", "published"],
      queryFn: ({ signal }) =>
        api<PlanDocument>("/plan/published", { signal }).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        }),
    }),
  );
}

export function usePlanVersions(enabled = true) {
  return useQuery(
    queryOptions({
      queryKey: ["plan", "versions"],
      queryFn: ({ signal }) => api<PlanSummary[]>("/plan/versions", { signal }),
      enabled,
    }),
  );
}

export function planVersionQuery(id: number) {
  return queryOptions({
    queryKey: ["plan", "version", id],
    queryFn: ({ signal }) => api<PlanDocument>(`/plan/versions/${id}`, { signal }),
  });
}

export function usePlanVersion(id: number) {
  return useQuery(planVersionQuery(id));
}

/** Line changes from version `from` to version `id`. */
export function usePlanDiff(id: number, from: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ["plan", "diff", from, id],
      queryFn: ({ signal }) =>
        api<DiffLine[]>(`/plan/versions/${id}/diff`, { query: { from }, signal }),
      enabled: from !== undefined && from !== id,
    }),
  );
}

export function useDraftPlan() {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DraftInput) =>
      api<PlanDocument>("/plan/versions", {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["plan"] }),
  });
}

/** Saves a draft on top of the version the user edited; 412 if it moved on. */
export function useEditDraft(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: DraftInput }) =>
      api<PlanDocument>(`/plan/versions/${id}`, { method: "PUT", body: input, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["plan"] }),
  });
}

export type PlanAction = "submit" | "approve" | "reject" | "publish";

/** Moves a version on (submit, approve, send back, publish), always with If-Match. */
export function usePlanAction(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      action,
      version,
      reason,
    }: {
      action: PlanAction;
      version: number;
      reason?: string;
    }) =>
      api<PlanDocument>(`/plan/versions/${id}/${action}`, {
        method: "POST",
        version,
        body: action === "reject" ? { reason } : undefined,
      }),
    onSuccess: (document) => {
      queryClient.setQueryData(["plan", "version", id], document);
      return queryClient.invalidateQueries({ queryKey: ["plan"] });
    },
  });
}
