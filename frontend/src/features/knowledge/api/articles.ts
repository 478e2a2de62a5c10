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
export type Article = Schemas["Article"];
export type ArticleInput = Schemas["ArticleInput"];
export type ArticleKind = Schemas["ArticleKind"];
export type ArticleStep = Schemas["ArticleStep"];
export type ArticleVersion = Schemas["ArticleVersion"];
export type DiffLine = Schemas["DiffLine"];
export type IncidentCategory = Schemas["IncidentCategory"];
export type RiskSubType = Schemas["RiskSubType"];

export const KINDS: ArticleKind[] = ["RUNBOOK", "FALLBACK"];
export const INCIDENT_CATEGORIES: IncidentCategory[] = [
  "SYSTEM_CRASH",
  "NETWORK_FAILURE",
  "DATA_LOSS",
  "ORDER_PROCESSING",
  "INVENTORY_DISORDER",
  "DELIVERY_DELAY",
  "OTHER",
];
/** The plan's named sub-types (a custom one has no fixed name to answer). */
export const RISK_SUB_TYPES: RiskSubType[] = [
  "SYSTEM_CRASH",
  "NETWORK_FAILURE",
  "DATA_LOSS",
  "ORDER_INTERRUPTION",
  "INVENTORY_DISORDER",
  "DELIVERY_DELAY",
  "REGULATORY_CHANGE",
  "NATURAL_DISASTER",
];

/** KnowledgeApi's bean validation limits. */
export const LIMITS = {
  query: 200,
  title: 200,
  summary: 2000,
  tags: 10,
  steps: 30,
  stepTitle: 200,
  stepDetail: 2000,
} as const;

export interface ArticleFilter {
  q?: string;
  kind?: ArticleKind;
  category?: IncidentCategory;
}

export function articlesQuery(filter: ArticleFilter) {
  return queryOptions({
    queryKey: ["knowledge", "search", filter],
    queryFn: ({ signal }) =>
      api<Article[]>("/knowledge/articles", {
        query: { q: filter.q || undefined, kind: filter.kind, category: filter.category },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useArticles(filter: ArticleFilter) {
  return useQuery(articlesQuery(filter));
}

export function articleQuery(id: number) {
  return queryOptions({
    queryKey: ["knowledge", "article", id],
    queryFn: ({ signal }) => api<Article>(`/knowledge/articles/${id}`, { signal }),
  });
}

export function useArticle(id: number) {
  return useQuery(articleQuery(id));
}

export function useArticleVersions(id: number) {
  return useQuery(
    queryOptions({
      queryKey: ["knowledge", "article", id, "versions"],
      queryFn: ({ signal }) =>
        api<ArticleVersion[]>(`/knowledge/articles/${id}/versions`, { signal }),
    }),
  );
}

/** An earlier version as it was; nothing is fetched without one. */
export function useArticleVersion(id: number, version: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ["knowledge", "article", id, "version", version],
      queryFn: ({ signal }) =>
        api<Article>(`/knowledge/articles/${id}/versions/${version}`, { signal }),
      enabled: version !== undefined,
      staleTime: Infinity, // an old version never changes
    }),
  );
}

export function useArticleDiff(id: number, from: number | undefined, to: number | undefined) {
  return useQuery(
    queryOptions({
      queryKey: ["knowledge", "article", id, "diff", from, to],
      queryFn: ({ signal }) =>
        api<DiffLine[]>(`/knowledge/articles/${id}/diff`, { query: { from, to }, signal }),
      enabled: from !== undefined && to !== undefined && from !== to,
      staleTime: Infinity,
    }),
  );
}

export function useCreateArticle() {
  const key = useIdempotencyKey();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ArticleInput) =>
      api<Article>("/knowledge/articles", {
        method: "POST",
        body: input,
        idempotencyKey: key.current(),
      }).then(key.renewed),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["knowledge"] }),
  });
}

/** Saves a new version on top of the one the user edited; 412 if someone saved meanwhile. */
export function useUpdateArticle(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: ArticleInput }) =>
      api<Article>(`/knowledge/articles/${id}`, { method: "PUT", body: input, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["knowledge"] }),
  });
}
