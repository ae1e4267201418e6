import type {
  TUsulanCreate,
  TUsulanDetail,
  TUsulanKeputusan,
  TUsulanPage,
  TUsulanStatus,
  TUsulanVerval,
} from "@kawal/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, buildUrl } from "./api-client.ts";
import { useRecordQuery } from "./use-record-query.ts";

export interface TUsulanFilter {
  /** A status, or "aksi" for the proposals waiting for a step this user may take. */
  view: TUsulanStatus | "aksi";
  cursor: string | null;
}

export type { TUsulanPage } from "@kawal/core";

const usulanKey = ["usulan"] as const;
export const usulanPageSize = 20;

export function useUsulanList(filter: TUsulanFilter) {
  return useQuery({
    queryKey: [...usulanKey, "list", filter],
    queryFn: ({ signal }) =>
      apiRequest<TUsulanPage>("/api/usulan", {
        query: {
          status: filter.view === "aksi" ? undefined : filter.view,
          actionable: filter.view === "aksi" ? "true" : undefined,
          cursor: filter.cursor,
          limit: usulanPageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useUsulan(id: string | undefined) {
  return useRecordQuery<TUsulanDetail>([...usulanKey, "detail"], "/api/usulan", id);
}

/** After any step: the detail answers with the new state, lists and the family page may have changed. */
function useSettle() {
  const queryClient = useQueryClient();
  return (detail: TUsulanDetail) => {
    queryClient.setQueryData([...usulanKey, "detail", detail.id], detail);
    void queryClient.invalidateQueries({ queryKey: [...usulanKey, "list"] });
    // An approved removal changes the member's or family's status.
    if (detail.familyId) void queryClient.invalidateQueries({ queryKey: ["registry"] });
  };
}

export function useProposeUsulan() {
  const settle = useSettle();
  return useMutation({
    mutationFn: (input: TUsulanCreate) =>
      apiRequest<TUsulanDetail>("/api/usulan", { method: "POST", body: input }),
    onSuccess: settle,
  });
}

export interface TMusdesInput {
  id: string;
  tanggal: string;
  file: File;
  catatan?: string;
}

export function useRecordMusdes() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ id, tanggal, file, catatan }: TMusdesInput) => {
      const form = new FormData();
      form.append("tanggal", tanggal);
      if (catatan) form.append("catatan", catatan);
      form.append("berita_acara", file, file.name);
      return apiRequest<TUsulanDetail>(`/api/usulan/${encodeURIComponent(id)}/musdes`, {
        method: "POST",
        body: form,
      });
    },
    onSuccess: settle,
  });
}

/** A step taken on a proposal by its body alone, POSTed to `/api/usulan/:id/<step>`. */
function useUsulanStep<TBody>(step: "verval" | "keputusan") {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TBody }) =>
      apiRequest<TUsulanDetail>(`/api/usulan/${encodeURIComponent(id)}/${step}`, { method: "POST", body }),
    onSuccess: settle,
  });
}

export function useVerval() {
  return useUsulanStep<TUsulanVerval>("verval");
}

export function useKeputusan() {
  return useUsulanStep<TUsulanKeputusan>("keputusan");
}

export const minutesUrl = (id: string) => `/api/usulan/${encodeURIComponent(id)}/berita-acara`;

export const usulanExportUrl = (status: TUsulanStatus, format: "csv" | "xlsx") =>
  buildUrl("/api/usulan/export", { status, format });
