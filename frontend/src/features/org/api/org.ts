import { useIdempotencyKey } from "@/lib/idempotency";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type Group = Schemas["Group"];
export type OnDuty = Schemas["OnDuty"];
export type Expert = Schemas["Expert"];
export type Person = Schemas["StaffMember"];
export type ShiftInput = Schemas["ShiftInput"];

export function useGroups() {
  return useQuery({
    queryKey: ["org", "groups"],
    queryFn: ({ signal }) => api<Group[]>("/org/groups", { signal }),
  });
}

export function useOnDuty() {
  return useQuery({
    queryKey: ["org", "on-duty"],
    queryFn: ({ signal }) => api<OnDuty[]>("/org/roster/on-duty", { signal }),
    refetchInterval: 60_000,
  });
}

export function useExperts(skill: string) {
  return useQuery({
    queryKey: ["org", "experts", skill],
    queryFn: ({ signal }) =>
      api<Expert[]>("/org/experts", { signal, query: { skill: skill || undefined } }),
  });
}

export function usePeople(enabled: boolean) {
  return useQuery({
    queryKey: ["org", "people"],
    queryFn: ({ signal }) => api<Person[]>("/org/people", { signal }),
    enabled,
  });
}

export function useAddShift() {
  const key = useIdempotencyKey();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ group, shift }: { group: string; shift: ShiftInput }) =>
      api(`/org/roster/${group}/shifts`, {
        method: "POST",
        body: shift,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => client.invalidateQueries({ queryKey: ["org"] }),
  });
}

export function useAddMember() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ group, subject, lead }: { group: string; subject: string; lead: boolean }) =>
      api(`/org/groups/${group}/members`, { method: "PUT", body: { subject, lead } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["org"] }),
  });
}
