import type { components } from "@/types/api";
import i18n from "./i18n";

export type Problem = components["schemas"]["Problem"];
export type FieldError = components["schemas"]["FieldError"];

/** A failed API call, with a message a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, message: string, problem?: Problem) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  get fieldErrors(): FieldError[] {
    return this.problem?.errors ?? [];
  }
}

let accessToken: () => string | undefined = () => undefined;

/** The auth layer tells the client how to find the current access token. */
export function setAccessTokenSource(source: () => string | undefined): void {
  accessToken = source;
}

export function currentAccessToken(): string | undefined {
  return accessToken();
}

export function plainMessage(status: number, problem?: Problem): string {
  const t = i18n.t.bind(i18n);
  switch (true) {
    case status === 0:
      return t("errors.network");
    case status === 400 || status === 422:
      return t("errors.validation");
    case status === 401:
      return t("errors.unauthorized");
    case status === 403:
      return t("errors.forbidden");
    case status === 404:
      return t("errors.notFound");
    case status === 409:
      return t("errors.refused", { detail: problem?.detail ?? "" });
    case status === 410:
      return t("errors.gone");
    case status === 412:
      return t("errors.conflict");
    case status === 413:
      return t("errors.tooLarge");
    case status === 429:
      return t("errors.tooMany");
    case status >= 500:
      return t("errors.server", { detail: problem?.detail ?? "" });
    default:
      return t("errors.unknown");
  }
}

interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "DELETE";
  /** The version last read, sent as If-Match. */
  version?: number;
  /** Sent as Idempotency-Key: the same key makes the server create the thing once. */
  idempotencyKey?: string;
  body?: unknown;
  query?: Record<string, string | number | string[] | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

function buildUrl(path: string, query: RequestOptions["query"]): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ""}`;
}

/** The one way the SPA talks to the backend: JSON in, JSON out, problems as ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: "application/json",
    // Server texts (refusal reasons, problem details) come in the language the UI shows.
    "Accept-Language": i18n.language?.startsWith("en") ? "en, zh-CN;q=0.5" : "zh-CN, en;q=0.5",
    ...options.headers,
  };
  const token = accessToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.version !== undefined) headers["If-Match"] = `"${options.version}"`;
  if (options.idempotencyKey !== undefined) headers["Idempotency-Key"] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? "GET",
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, plainMessage(0));
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    throw new ApiError(response.status, plainMessage(response.status, problem), problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

async function readProblem(response: Response): Promise<Problem | undefined> {
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.includes("json")) return undefined;
  try {
    return (await response.json()) as Problem;
  } catch {
    return undefined;
  }
}
