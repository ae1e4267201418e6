import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** terbuka (open), digabung (one person: merged), ditolak (two people: dismissed). */
export const pairStatuses = ["terbuka", "digabung", "ditolak"] as const;
export type TPairStatus = (typeof pairStatuses)[number];

/** One side of a pair; numbers come masked (a list is not a detail view). */
export interface TDuplicateMember {
  familyId: string;
  nik: string;
  noKk: string;
  nama: string;
  tanggalLahir: string;
  desa: { code: string; name: string };
  status: string;
}

export interface TDuplicatePair {
  id: string;
  /** `nik_sama`: one NIK in two kabupaten; `mirip`: a similar name with the same birth date. */
  kind: "nik_sama" | "mirip";
  /** Name similarity from 0 to 1 (1 for the same NIK). */
  score: number;
  status: TPairStatus;
  createdAt: string;
  decidedAt: string | null;
  note: string | null;
  a: TDuplicateMember;
  b: TDuplicateMember;
}

export type TDuplicateDecision =
  | { decision: "gabung"; keep: "a" | "b"; note?: string }
  | { decision: "tolak"; note?: string };

/** What a finished scan job leaves in its result. */
export interface TScanResult {
  nikSama: number;
  mirip: number;
  newPairs: number;
}

const duplicatesKey = ["registry", "duplicates"] as const;
export const duplicatePageSize = 20;

export function useDuplicates(status: TPairStatus, cursor: string | null) {
  return useQuery({
    queryKey: [...duplicatesKey, status, cursor],
    queryFn: ({ signal }) =>
      apiRequest<{ items: TDuplicatePair[]; nextCursor: string | null }>("/api/registry/duplicates", {
        query: { status, cursor, limit: duplicatePageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useStartScan() {
  return useMutation({
    mutationFn: () =>
      apiRequest<{ jobId: string }>("/api/registry/duplicates/scan", { method: "POST", body: {} }),
  });
}

/** New pairs after a scan, a decided pair after a decision: both change the lists and families. */
export function useRefreshDuplicates() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ["registry"] });
}

export function useDecideDuplicate() {
  const refresh = useRefreshDuplicates();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TDuplicateDecision }) =>
      apiRequest<TDuplicatePair>(`/api/registry/duplicates/${encodeURIComponent(id)}/decision`, {
        method: "POST",
        body,
      }),
    onSuccess: () => void refresh(),
  });
}
