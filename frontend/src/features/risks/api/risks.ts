import { useIdempotencyKey } from "@/lib/idempotency";
import {
  keepPreviousData,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { api } from "@/lib/api-client";
import type { components } from "@/types/api";

type Schemas = components["schemas"];
export type Risk = Schemas["RiskView"];
export type RiskInput = Schemas["RiskInput"];
export type RiskCategory = Schemas["RiskCategory"];
export type RiskSubType = Schemas["RiskSubType"];
export type RiskStatus = Schemas["RiskStatus"];
export type RiskLink = Schemas["RiskLink"];
export type HeatCell = Schemas["RiskHeatCell"];

/** One change of a risk's score (the OpenAPI document leaves the detail untyped). */
export interface ScoreChange {
  at: string;
  likelihood: number;
  impact: number;
  score: number;
  changedBy: string;
}

export interface RiskDetail {
  risk: Risk;
  links: RiskLink[];
  history: ScoreChange[];
}

export const CATEGORIES: RiskCategory[] = ["TECHNICAL", "BUSINESS", "EXTERNAL"];
export const STATUSES: RiskStatus[] = ["OPEN", "MITIGATING", "ACCEPTED", "CLOSED"];
export const LEVELS = [1, 2, 3, 4, 5] as const;

/** The plan's sub-types under each category; CUSTOM (a named one) fits any category. */
export const SUB_TYPES: Record<RiskCategory, RiskSubType[]> = {
  TECHNICAL: ["SYSTEM_CRASH", "NETWORK_FAILURE", "DATA_LOSS", "CUSTOM"],
  BUSINESS: ["ORDER_INTERRUPTION", "INVENTORY_DISORDER", "DELIVERY_DELAY", "CUSTOM"],
  EXTERNAL: ["REGULATORY_CHANGE", "NATURAL_DISASTER", "CUSTOM"],
};

export const LIMITS = {
  title: 200,
  description: 4000,
  customSubType: 60,
  ownerName: 100,
  mitigations: 20,
  mitigation: 500,
} as const;

export interface RiskFilter {
  category?: RiskCategory;
  status?: RiskStatus;
  band?: string;
  overdue?: boolean;
}

export function risksQuery(filter: RiskFilter) {
  return queryOptions({
    queryKey: ["risks", "list", filter],
    queryFn: ({ signal }) =>
      api<Risk[]>("/risks", {
        query: {
          category: filter.category,
          status: filter.status,
          band: filter.band,
          overdue: filter.overdue ? "true" : undefined,
        },
        signal,
      }),
    // A changed filter keeps the last list on screen until the new one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useRisks(filter: RiskFilter) {
  return useQuery(risksQuery(filter));
}

export function useHeatMap() {
  return useQuery(
    queryOptions({
      queryKey: ["risks", "heat-map"],
      queryFn: ({ signal }) => api<HeatCell[]>("/risks/heat-map", { signal }),
    }),
  );
}

export function riskQuery(id: number) {
  return queryOptions({
    queryKey: ["risks", "detail", id],
    queryFn: ({ signal }) => api<RiskDetail>(`/risks/${id}`, { signal }),
  });
}

export function useRisk(id: number) {
  return useQuery(riskQuery(id));
}

export function useCreateRisk() {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RiskInput) =>
      api<Risk>("/risks", { method: "POST", body: input, idempotencyKey: key.current() }).then(
        key.renewed,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["risks"] }),
  });
}

/** Saves a change to the version the user edited; the server answers 412 if it moved on. */
export function useUpdateRisk(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: RiskInput }) =>
      api<Risk>(`/risks/${id}`, { method: "PUT", body: input, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["risks"] }),
  });
}
