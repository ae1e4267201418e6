import type {
  TCaseloadNorm,
  TCaseloadNorms,
  TCompanionCaseload,
  TCompanionList,
  THandoverCreate,
  THandoverCreated,
  THandoverDetail,
  THandoverInformed,
  THandoverList,
  TInformedResult,
  TMapDesaList,
  TMapTiles,
} from "@kawal/core";
import { useQuery } from "@tanstack/react-query";
import { apiRequest, postOnce } from "./api-client.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

/** Companions' caseloads, the map of served desa, and handovers (`/api/caseload`). */
export type {
  TCaseloadNorm,
  TCaseloadNorms,
  TCompanion,
  TCompanionCaseload,
  THandoverDetail,
  THandoverFamily,
  THandoverSummary,
  TKabupatenNorm,
  TMapDesa,
  TRegionRef as TRegionName,
} from "@kawal/core";

const key = ["caseload"] as const;

export function useCompanions(enabled = true) {
  return useQuery({
    queryKey: [...key, "companions"],
    queryFn: () => apiRequest<TCompanionList>("/api/caseload/companions"),
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

export function useNorms() {
  return useQuery({
    queryKey: [...key, "norms"],
    queryFn: () => apiRequest<TCaseloadNorms>("/api/caseload/norms"),
  });
}

/** Sets a kabupaten's norms (`kabCode`), or the national defaults without one. */
export function useSetNorms() {
  // A null norm makes the kabupaten follow the national one again.
  return useRefreshingMutation(
    (input: { kabCode?: string; norms: { role: TCaseloadNorm["role"]; norma: number | null }[] }) =>
      apiRequest<TCaseloadNorms>("/api/caseload/norms", { method: "PUT", body: input }),
    key,
  );
}

export function useCaseloadMap() {
  return useQuery({
    queryKey: [...key, "map"],
    queryFn: () => apiRequest<TMapDesaList>("/api/caseload/map"),
  });
}

export function useMapTiles() {
  return useQuery({
    queryKey: [...key, "tiles"],
    queryFn: () => apiRequest<TMapTiles>("/api/caseload/map/tiles"),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useHandovers() {
  return useQuery({
    queryKey: [...key, "handovers"],
    queryFn: () => apiRequest<THandoverList>("/api/caseload/handovers"),
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
  return useRefreshingMutation(
    (input: THandoverCreate) =>
      apiRequest<THandoverCreated>("/api/caseload/handovers", { method: "POST", body: input }),
    key,
  );
}

export function useMarkInformed(handoverId: string) {
  return useRefreshingMutation(
    (input: { familyId: string; idempotencyKey: string; body: THandoverInformed }) =>
      postOnce<TInformedResult>(
        `/api/caseload/handovers/${handoverId}/families/${input.familyId}/informed`,
        input.idempotencyKey,
        input.body,
      ),
    key,
  );
}
