import { currentLanguage } from "../i18n/i18n.ts";
import { networkProblemCode, ProblemError, problemFromResponse } from "./problem-error.ts";

type TQueryValue = string | number | null | undefined;

interface TRequest {
  method?: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  query?: Record<string, TQueryValue>;
  body?: unknown;
  signal?: AbortSignal;
  /** Extra headers a call needs, e.g. the `Idempotency-Key` of a field write. */
  headers?: Record<string, string>;
}

let csrfToken: Promise<string> | null = null;

async function fetchCsrfToken(): Promise<string> {
  const { csrfToken: token } = await apiRequest<{ csrfToken: string }>("/api/auth/csrf");
  return token;
}

/** The session changes at login and logout, and the CSRF token with it: fetch a fresh one next time. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function csrf(): Promise<string> {
  csrfToken ??= fetchCsrfToken().catch((error: unknown) => {
    csrfToken = null;
    throw error;
  });
  return csrfToken;
}

export function buildUrl(path: string, query?: Record<string, TQueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function send(path: string, request: TRequest): Promise<Response> {
  const method = request.method ?? "GET";
  const headers: Record<string, string> = {
    accept: "application/json",
    // Server error messages come back in the language the user reads.
    "accept-language": currentLanguage(),
    ...request.headers,
  };
  // A FormData body (a file upload) sets its own multipart content type with the boundary.
  const multipart = request.body instanceof FormData;
  if (request.body !== undefined && !multipart) headers["content-type"] = "application/json";
  if (method !== "GET") headers["x-csrf-token"] = await csrf();
  try {
    return await fetch(buildUrl(path, request.query), {
      method,
      headers,
      credentials: "same-origin",
      signal: request.signal ?? null,
      body:
        request.body === undefined
          ? null
          : multipart
            ? (request.body as FormData)
            : JSON.stringify(request.body),
    });
  } catch {
    throw new ProblemError({ title: "", status: 0, code: networkProblemCode });
  }
}

/** One call to the Kawal API; resolves to the JSON body, throws a `ProblemError` otherwise. */
export async function apiRequest<T>(path: string, request: TRequest = {}): Promise<T> {
  let response = await send(path, request);
  if (response.status === 403 && request.method && request.method !== "GET") {
    const problem = await problemFromResponse(response.clone());
    // A token can go stale (session rotated in another tab): fetch a new one and try once more.
    if (problem.code === "CSRF") {
      resetCsrfToken();
      response = await send(path, request);
    }
  }
  if (!response.ok) throw await problemFromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A write from the field: POSTed with the form's `Idempotency-Key`, so a retried submission is stored once. */
export function postOnce<T>(path: string, idempotencyKey: string, body: unknown): Promise<T> {
  return apiRequest<T>(path, { method: "POST", body, headers: { "idempotency-key": idempotencyKey } });
}
