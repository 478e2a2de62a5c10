import { useRef } from "react";
import { newIdempotencyKey } from "@/lib/idempotency";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";
import type { Incident } from "./get-incidents";

type Schemas = components["schemas"];
export type Grade = Schemas["Grade"];
export type Assessment = Schemas["Assessment"];
export type AssessIncidentInput = Schemas["AssessIncident"];
export type RoleAssignment = Schemas["RoleAssignment"];
export type MatrixEntry = Schemas["ResponseMatrixEntry"];
export type CoreFlow = Schemas["CoreFlow"];
export type IncidentCategory = Schemas["IncidentCategory"];

export const GRADES: Grade[] = ["GENERAL", "SERIOUS", "MAJOR"];
export const CORE_FLOWS: CoreFlow[] = ["ORDERS", "INVENTORY", "LOGISTICS", "PAYMENT"];
export const CATEGORIES: IncidentCategory[] = [
  "SYSTEM_CRASH",
  "NETWORK_FAILURE",
  "DATA_LOSS",
  "ORDER_PROCESSING",
  "INVENTORY_DISORDER",
  "DELIVERY_DELAY",
  "OTHER",
];

export type LifecycleAction =
  | "acknowledge"
  | "assess"
  | "grade"
  | "activate"
  | "regrade"
  | "mitigate"
  | "resolve"
  | "review"
  | "cancel";

/** Runs one lifecycle action with the version the user is looking at. */
export function useLifecycleAction(incident: Incident) {
  const queryClient = useQueryClient();
  // A second tap on the same action at the same version repeats the first, and the server answers
  // it as done instead of as someone else's change.
  const page = useRef(newIdempotencyKey());
  return useMutation({
    mutationFn: ({ action, body }: { action: LifecycleAction; body?: unknown }) =>
      api<Incident>(`/incidents/${incident.id}/${action}`, {
        method: "POST",
        body: body ?? {},
        version: incident.version,
        idempotencyKey: `${page.current}-${incident.id}-v${incident.version}-${action}`,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents"] }),
  });
}

export function useAssessment(id: number, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "assessment"],
      queryFn: ({ signal }) => api<Assessment>(`/incidents/${id}/assessment`, { signal }),
      enabled,
    }),
  );
}

export function useIncidentRoles(id: number) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "roles"],
      queryFn: ({ signal }) => api<RoleAssignment[]>(`/incidents/${id}/roles`, { signal }),
    }),
  );
}

export function useResponseMatrix() {
  return useQuery(
    queryOptions({
      queryKey: ["response-matrix"],
      queryFn: ({ signal }) => api<MatrixEntry[]>("/response-matrix", { signal }),
      staleTime: 5 * 60_000,
    }),
  );
}
