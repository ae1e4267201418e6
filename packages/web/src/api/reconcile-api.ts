import type {
  TFieldReasonCreate,
  TFieldReasonRecorded,
  TRealisasiFamilies,
  TRealisasiReport,
  TReconcileResult,
  TReconciliationClass,
} from "@kawal/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { apiRequest, buildUrl, postOnce } from "./api-client.ts";
import { usePeriodQuery } from "./use-period-query.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const realisasiKey = ["realisasi"] as const;

export function useRealisasi(program: string, periode: string | null) {
  return usePeriodQuery<TRealisasiReport>(realisasiKey, "/api/distribution/realisasi", program, periode);
}

/** One desa's families of the period as reconciled, those that received nothing first, page by page. */
export function useRealisasiFamilies(
  program: string,
  periode: string | null,
  desa: string,
  kelas: TReconciliationClass | null,
) {
  return useInfiniteQuery({
    queryKey: [...realisasiKey, "families", program, periode, desa, kelas],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<TRealisasiFamilies>("/api/distribution/realisasi/families", {
        query: { program, periode, desa, kelas, cursor: pageParam, limit: 25 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: Boolean(periode),
    retry: false,
  });
}

/** Plain links: the browser saves the server's attachment (the server audits each download). */
export const realisasiExportUrl = (program: string, periode: string, format: "csv" | "xlsx" | "pdf") =>
  buildUrl("/api/distribution/realisasi/export", { program, periode, format });

export function useReconcile() {
  return useRefreshingMutation(
    (body: { program: string; periode: string }) =>
      apiRequest<TReconcileResult>("/api/distribution/reconcile", { method: "POST", body }),
    realisasiKey,
    "settled",
  );
}

export interface TRecordReasonRequest {
  /** Made per submission by the form; a retry of the same submission sends it again. */
  idempotencyKey: string;
  body: TFieldReasonCreate;
}

export function useRecordReason() {
  return useRefreshingMutation(
    ({ idempotencyKey, body }: TRecordReasonRequest) =>
      postOnce<TFieldReasonRecorded>("/api/distribution/reasons", idempotencyKey, body),
    realisasiKey,
    "settled",
  );
}
