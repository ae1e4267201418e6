import type {
  TWilayahDetail,
  TWilayahItem,
  TWilayahLevel,
  TWilayahList,
  TWilayahSearchHit,
  TWilayahSearchResult,
} from "@kawal/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export type { TWilayahDetail, TWilayahItem, TWilayahPathEntry, TWilayahSearchHit } from "@kawal/core";

// Region names and codes change only with a new Kemendagri release, never while the app is open.
const forever = Number.POSITIVE_INFINITY;

/** The provinces (no parent) or the children of one region. */
export function useWilayahChildren(parent: string | null, enabled = true) {
  return useQuery({
    queryKey: ["wilayah", "children", parent],
    queryFn: (): Promise<TWilayahItem[]> =>
      apiRequest<TWilayahList>("/api/wilayah", { query: { parent } }).then((r) => r.items),
    staleTime: forever,
    enabled,
  });
}

export function useWilayahDetail(code: string | null) {
  return useQuery({
    queryKey: ["wilayah", "detail", code],
    queryFn: () => apiRequest<TWilayahDetail>(`/api/wilayah/${encodeURIComponent(code ?? "")}`),
    staleTime: forever,
    enabled: code !== null,
  });
}

export const minSearchLength = 2;

export function useWilayahSearch(q: string, options: { level?: TWilayahLevel; limit?: number } = {}) {
  const query = q.trim();
  return useQuery({
    queryKey: ["wilayah", "search", query, options.level ?? null, options.limit ?? 20],
    queryFn: ({ signal }): Promise<TWilayahSearchHit[]> =>
      apiRequest<TWilayahSearchResult>("/api/wilayah/search", {
        query: { q: query, level: options.level, limit: options.limit ?? 20 },
        signal,
      }).then((r) => r.items),
    enabled: query.length >= minSearchLength,
    staleTime: forever,
    placeholderData: keepPreviousData,
  });
}
