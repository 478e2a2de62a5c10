import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

export type Task = components["schemas"]["Task"];
export type VerificationItem = components["schemas"]["VerificationItem"];
export type VerificationStatus = components["schemas"]["VerificationStatus"];

export function useTasks(id: number) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "tasks"],
      queryFn: ({ signal }) => api<Task[]>(`/incidents/${id}/tasks`, { signal }),
    }),
  );
}

export function useMoveTask(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ taskId, to }: { taskId: number; to: "start" | "complete" }) =>
      api<Task>(`/incidents/${id}/tasks/${taskId}/${to}`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}

export function useVerification(id: number, enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ["incidents", "detail", id, "verification"],
      queryFn: ({ signal }) => api<VerificationItem[]>(`/incidents/${id}/verification`, { signal }),
      enabled,
    }),
  );
}

export function useSignOff(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ itemId, result }: { itemId: number; result: VerificationStatus }) =>
      api<VerificationItem>(`/incidents/${id}/verification/${itemId}/sign-off`, {
        method: "POST",
        body: { result },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["incidents", "detail", id] }),
  });
}
