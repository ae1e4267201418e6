import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export interface TDesaRef {
  code: string;
  name: string;
}

/** One member found by the search; `noKk` and `nik` always come masked (a list is not a detail view). */
export interface TMemberHit {
  familyId: string;
  noKk: string;
  nik: string;
  nama: string;
  hubungan: string;
  jenisKelamin: string;
  tanggalLahir: string;
  desa: TDesaRef;
  status: string;
}

export interface TMember {
  nik: string;
  nama: string;
  hubungan: string;
  jenisKelamin: string;
  tanggalLahir: string;
  pendidikan: string | null;
  pekerjaan: string | null;
  disabilitas: boolean | null;
  hamil: boolean | null;
  status: string;
}

export interface TRegistryEvent {
  kind: string;
  nik: string | null;
  occurredOn: string | null;
  recordedAt: string;
  recordedBy: string | null;
  data: unknown;
}

export interface THouse {
  statusRumah: string | null;
  lantai: string | null;
  dinding: string | null;
  atap: string | null;
  jamban: string | null;
  sumberAir: string | null;
  dayaListrik: string | null;
}

export interface TFamily {
  id: string;
  noKk: string;
  /** False only for roles allowed full numbers; the server audits each such view. */
  numbersMasked: boolean;
  desa: TDesaRef;
  /** The desa's ancestors, province first. */
  path: TDesaRef[];
  alamat: string | null;
  rt: string | null;
  rw: string | null;
  desil: number | null;
  rumah: THouse;
  status: string;
  members: TMember[];
  history: TRegistryEvent[];
}

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
      apiRequest<{ items: TMemberHit[] }>("/api/registry/search", {
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
  return useQuery({
    queryKey: ["registry", "family", id],
    queryFn: ({ signal }) =>
      apiRequest<TFamily>(`/api/registry/families/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
  });
}
