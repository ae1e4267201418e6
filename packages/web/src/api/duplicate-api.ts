import type {
  TDuplicateDecision,
  TDuplicateList,
  TDuplicatePair,
  TJobStarted,
  TPairStatus,
} from "@kawal/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export type {
  TDuplicateDecision,
  TDuplicateMember,
  TDuplicatePair,
  TPairStatus,
} from "@kawal/core";
export { pairStatuses } from "@kawal/core";

const duplicatesKey = ["registry", "duplicates"] as const;
export const duplicatePageSize = 20;

export function useDuplicates(status: TPairStatus, cursor: string | null) {
  return useQuery({
    queryKey: [...duplicatesKey, status, cursor],
    queryFn: ({ signal }) =>
      apiRequest<TDuplicateList>("/api/registry/duplicates", {
        query: { status, cursor, limit: duplicatePageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useStartScan() {
  return useMutation({
    mutationFn: () => apiRequest<TJobStarted>("/api/registry/duplicates/scan", { method: "POST", body: {} }),
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
