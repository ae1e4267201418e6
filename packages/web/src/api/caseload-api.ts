import type { THandoverCreate, THandoverInformed, TInformedWay } from "@kawal/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** Companions' caseloads, the map of served desa, and handovers (`/api/caseload`). */
export interface TCompanion {
  userId: string;
  username: string;
  fullName: string;
  role: string;
  disabled: boolean;
  scopes: string[];
  families: number;
  desa: number;
  norma: number | null;
  unit: "keluarga" | "desa" | null;
  /** Whose norm applies: the companion's kabupaten (`35.17`) or the national default (`ID`). */
  normaFrom: string | null;
  load: number | null;
  overNorm: boolean;
}

export interface TRegionName {
  code: string;
  name: string;
}

export interface TCompanionCaseload {
  companion: TCompanion;
  desa: (TRegionName & { assignmentId: string; mulai: string })[];
  families: {
    items: {
      familyId: string | null;
      noKk: string;
      headName: string | null;
      desa: TRegionName;
      mulai: string;
    }[];
    total: number;
    page: number;
    pageSize: number;
  };
}

export interface TMapDesa extends TRegionName {
  lat: number | null;
  lon: number | null;
  families: number;
  companions: { userId: string; fullName: string; role: string }[];
}

interface TPerson {
  userId: string;
  fullName: string;
  role: string;
}

export interface THandoverSummary {
  id: string;
  dari: TPerson;
  ke: TPerson;
  tanggal: string;
  alasan: string;
  createdAt: string;
  families: number;
  informed: number;
}

export interface THandoverFamily {
  familyId: string | null;
  noKk: string;
  headName: string | null;
  desa: TRegionName;
  informed: boolean;
  informedAt: string | null;
  informedBy: string | null;
  informedHow: TInformedWay | null;
}

export interface THandoverDetail extends THandoverSummary {
  familyList: THandoverFamily[];
  canInform: boolean;
}

const key = ["caseload"] as const;

export function useCompanions(enabled = true) {
  return useQuery({
    queryKey: [...key, "companions"],
    queryFn: () => apiRequest<{ items: TCompanion[] }>("/api/caseload/companions"),
    enabled,
  });
}

export function useMyCaseload(page: number) {
  return useQuery({
    queryKey: [...key, "me", page],
    queryFn: () => apiRequest<TCompanionCaseload>("/api/caseload/me", { query: { page, pageSize: 50 } }),
  });
}

export function useCompanionCaseload(userId: string | null, page: number) {
  return useQuery({
    queryKey: [...key, "companion", userId, page],
    queryFn: () =>
      apiRequest<TCompanionCaseload>(`/api/caseload/companions/${userId}`, { query: { page, pageSize: 50 } }),
    enabled: userId !== null,
  });
}

export interface TCaseloadNorm {
  role: "tksk" | "pendamping_pkh" | "psm";
  norma: number;
  unit: "keluarga" | "desa";
  updatedAt: string;
}

/** A kabupaten's norm for one role: its own, or the national one it follows. */
export interface TKabupatenNorm extends Omit<TCaseloadNorm, "updatedAt"> {
  updatedAt: string | null;
  source: "kabupaten" | "nasional";
}

export interface TCaseloadNorms {
  /** The national defaults. */
  items: TCaseloadNorm[];
  canSetNational: boolean;
  kabupaten: { code: string; name: string; canSet: boolean; items: TKabupatenNorm[] }[];
}

export function useNorms() {
  return useQuery({
    queryKey: [...key, "norms"],
    queryFn: () => apiRequest<TCaseloadNorms>("/api/caseload/norms"),
  });
}

/** Sets a kabupaten's norms (`kabCode`), or the national defaults without one. */
export function useSetNorms() {
  const queryClient = useQueryClient();
  return useMutation({
    // A null norm makes the kabupaten follow the national one again.
    mutationFn: (input: {
      kabCode?: string;
      norms: { role: TCaseloadNorm["role"]; norma: number | null }[];
    }) => apiRequest<TCaseloadNorms>("/api/caseload/norms", { method: "PUT", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useCaseloadMap() {
  return useQuery({
    queryKey: [...key, "map"],
    queryFn: () => apiRequest<{ items: TMapDesa[] }>("/api/caseload/map"),
  });
}

export function useMapTiles() {
  return useQuery({
    queryKey: [...key, "tiles"],
    queryFn: () => apiRequest<{ url: string | null }>("/api/caseload/map/tiles"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHandovers() {
  return useQuery({
    queryKey: [...key, "handovers"],
    queryFn: () => apiRequest<{ items: THandoverSummary[] }>("/api/caseload/handovers"),
  });
}

export function useHandover(id: string | null) {
  return useQuery({
    queryKey: [...key, "handover", id],
    queryFn: () => apiRequest<THandoverDetail>(`/api/caseload/handovers/${id}`),
    enabled: id !== null,
  });
}

export function handoverLettersUrl(id: string): string {
  return `/api/caseload/handovers/${id}/letters.pdf`;
}

export function useCreateHandover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: THandoverCreate) =>
      apiRequest<THandoverSummary & { desaMoved: number; scopeAdded: string[] }>("/api/caseload/handovers", {
        method: "POST",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useMarkInformed(handoverId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { familyId: string; idempotencyKey: string; body: THandoverInformed }) =>
      apiRequest<{ family: THandoverFamily; informed: number; total: number }>(
        `/api/caseload/handovers/${handoverId}/families/${input.familyId}/informed`,
        { method: "POST", body: input.body, headers: { "idempotency-key": input.idempotencyKey } },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
