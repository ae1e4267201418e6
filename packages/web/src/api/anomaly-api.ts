import type {
  TAnomalyDetail,
  TAnomalyDetect,
  TAnomalyDetectResult,
  TAnomalyKind,
  TAnomalyOwnerCandidates,
  TAnomalyPage,
  TAnomalyResolve,
  TAnomalyStatus,
  TPeriodList,
} from "@kawal/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import { useRecordQuery } from "./use-record-query.ts";

export interface TAnomalyFilter {
  jenis: TAnomalyKind | null;
  status: TAnomalyStatus | null;
  periode: string | null;
  cursor: string | null;
}

const anomalyKey = ["anomalies"] as const;
export const anomalyPageSize = 20;

export function useAnomalyList(filter: TAnomalyFilter) {
  return useQuery({
    queryKey: [...anomalyKey, "list", filter],
    queryFn: ({ signal }) =>
      apiRequest<TAnomalyPage>("/api/anomalies", {
        query: {
          jenis: filter.jenis,
          status: filter.status,
          periode: filter.periode,
          cursor: filter.cursor,
          limit: anomalyPageSize,
        },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useAnomaly(id: string | undefined) {
  return useRecordQuery<TAnomalyDetail>([...anomalyKey, "detail"], "/api/anomalies", id);
}

/** The users a finding may be given to (only for those who manage anomalies). */
export function useOwnerCandidates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...anomalyKey, "owners", id],
    queryFn: ({ signal }) =>
      apiRequest<TAnomalyOwnerCandidates>(`/api/anomalies/${encodeURIComponent(id)}/owners`, {
        signal,
      }),
    enabled,
  });
}

/** The distribution periods, to pick the one to search (reference data, no personal data). */
export function useDistributionPeriods() {
  return useQuery({
    queryKey: ["distribution", "periods"],
    queryFn: ({ signal }) => apiRequest<TPeriodList>("/api/distribution/periods", { signal }),
    staleTime: 60_000,
  });
}

export function useDetectAnomalies() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAnomalyDetect) =>
      apiRequest<TAnomalyDetectResult>("/api/anomalies/detect", { method: "POST", body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...anomalyKey, "list"] }),
  });
}

/** After a change: the detail answers with the new state, and the lists may have changed. */
function useSettle() {
  const queryClient = useQueryClient();
  return (detail: TAnomalyDetail) => {
    queryClient.setQueryData([...anomalyKey, "detail", detail.id], detail);
    void queryClient.invalidateQueries({ queryKey: [...anomalyKey, "list"] });
  };
}

export function useAssignOwner() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ id, userId }: { id: string; userId: string }) =>
      apiRequest<TAnomalyDetail>(`/api/anomalies/${encodeURIComponent(id)}/owner`, {
        method: "PUT",
        body: { userId },
      }),
    onSuccess: settle,
  });
}

export function useResolveAnomaly() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: TAnomalyResolve }) =>
      apiRequest<TAnomalyDetail>(`/api/anomalies/${encodeURIComponent(id)}/resolve`, {
        method: "POST",
        body,
      }),
    onSuccess: settle,
  });
}
