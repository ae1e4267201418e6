import type { TFamily, TMemberHit, TMemberHits } from "@kawal/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import { useRecordQuery } from "./use-record-query.ts";

export type {
  TFamily,
  THouse,
  TMember,
  TMemberHit,
  TRegionRef as TDesaRef,
  TRegistryEvent,
} from "@kawal/core";

export const minRegistrySearchLength = 3;
/** One screen of hits; a longer list means the search should be narrowed, not scrolled. */
export const registrySearchLimit = 20;

/**
 * Searches members by part of a name or a whole NIK / No. KK. The query travels in a POST body and
 * only lives in memory here: a NIK must never reach a URL, the history or a server log.
 */
export function useRegistrySearch(q: string, limit = registrySearchLimit) {
  const query = q.trim();
  return useQuery({
    queryKey: ["registry", "search", query, limit],
    queryFn: ({ signal }): Promise<TMemberHit[]> =>
      apiRequest<TMemberHits>("/api/registry/search", {
        method: "POST",
        body: { q: query, limit },
        signal,
      }).then((r) => r.items),
    enabled: query.length >= minRegistrySearchLength,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useFamily(id: string | undefined) {
  return useRecordQuery<TFamily>(["registry", "family"], "/api/registry/families", id);
}
