import type { THetTable, TTransactionCreate, TTransactionPage, TTransactionView } from "@kawal/core";
import { useInfiniteQuery, useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest, postOnce } from "./api-client.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const transaksiKey = ["transaksi"] as const;

export interface TTransaksiFilters {
  program?: string | undefined;
  periode?: string | undefined;
  idAgen?: string | undefined;
  desa?: string | undefined;
}

/** The caller's transactions (an agent: its own), newest first, twenty at a time. */
export function useTransaksiList(filters: TTransaksiFilters) {
  return useInfiniteQuery({
    queryKey: [...transaksiKey, "list", filters],
    queryFn: ({ pageParam, signal }) =>
      apiRequest<TTransactionPage>("/api/distribution/transactions", {
        query: { ...filters, cursor: pageParam, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The HET table in force, for the counter form's goods lines. */
export function useHetTable() {
  return useQuery({
    queryKey: [...transaksiKey, "het"],
    queryFn: ({ signal }) => apiRequest<THetTable>("/api/distribution/transactions/het", { signal }),
    staleTime: 60 * 60_000,
  });
}

export interface TRecordTransaksiRequest {
  /** Made per submission by the form; a retry of the same submission sends it again. */
  idempotencyKey: string;
  body: TTransactionCreate;
}

export function useRecordTransaksi() {
  return useRefreshingMutation(
    ({ idempotencyKey, body }: TRecordTransaksiRequest) =>
      postOnce<TTransactionView>("/api/distribution/transactions", idempotencyKey, body),
    [...transaksiKey, "list"],
    "settled",
  );
}

/** Uploads a transaction file and, optionally, its goods lines: one job for both. */
export function useStartTransaksiImport() {
  return useMutation({
    mutationFn: ({ file, item, partial }: { file: File; item: File | null; partial: boolean }) => {
      const form = new FormData();
      if (partial) form.append("partial", "true");
      form.append("file", file, file.name);
      if (item) form.append("item", item, item.name);
      return apiRequest<{ jobId: string }>("/api/distribution/transactions/import", {
        method: "POST",
        body: form,
      });
    },
  });
}

export const itemRejectedUrl = (jobId: string) =>
  `/api/distribution/transactions/import/${encodeURIComponent(jobId)}/item-rejected`;
