import type {
  TAidOverlap,
  TAidOverlapSummary,
  TAidPage,
  TAidRecordCreate,
  TAidView,
  TFamilyAid,
} from "@kawal/core";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { apiRequest, buildUrl, postOnce } from "./api-client.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const aidKey = ["aid"] as const;

export function useFamilyAid(familyId: string) {
  return useQuery({
    queryKey: [...aidKey, "family", familyId],
    queryFn: ({ signal }) =>
      apiRequest<TFamilyAid>(`/api/registry/families/${encodeURIComponent(familyId)}/aid`, { signal }),
  });
}

export function useAidOverlapSummary() {
  return useQuery({
    queryKey: [...aidKey, "summary"],
    queryFn: ({ signal }) => apiRequest<TAidOverlapSummary>("/api/aid/overlap/summary", { signal }),
  });
}

export function useAidOverlap(desa: string | null) {
  return useQuery({
    queryKey: [...aidKey, "overlap", desa],
    queryFn: ({ signal }) => apiRequest<TAidOverlap>("/api/aid/overlap", { query: { desa }, signal }),
    enabled: Boolean(desa),
  });
}

/** The gifts recorded in one desa, newest first, page by page. */
export function useAidLedger(desa: string) {
  return useInfiniteQuery({
    queryKey: [...aidKey, "ledger", desa],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<TAidPage>("/api/aid", {
        query: { desa, cursor: pageParam, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** A plain link: the browser saves the server's attachment. */
export const aidOverlapExportUrl = (desa: string, format: "csv" | "xlsx") =>
  buildUrl("/api/aid/overlap/export", { desa, format });

export interface TRecordAidRequest {
  familyId: string;
  /** Made per submission by the form; a retry of the same submission sends it again. */
  idempotencyKey: string;
  body: TAidRecordCreate;
}

export function useRecordAid() {
  // The family's gifts, the ledger and the overlap counts all change; after a failure (a key stored
  // earlier with other content) the list is reloaded too, so the user sees what was stored.
  return useRefreshingMutation(
    ({ familyId, idempotencyKey, body }: TRecordAidRequest) =>
      postOnce<TAidView>(`/api/registry/families/${encodeURIComponent(familyId)}/aid`, idempotencyKey, body),
    aidKey,
    "settled",
  );
}
