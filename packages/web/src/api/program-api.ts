import type {
  TFamilyEntitlement,
  TProgramList,
  TRuleHistory,
  TRuleName,
  TRuleVersionView,
  TStageComputeResult,
  TStageTotals,
} from "@kawal/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

const programKey = ["programs"] as const;

export function usePrograms() {
  return useQuery({
    queryKey: [...programKey, "list"],
    queryFn: ({ signal }) => apiRequest<TProgramList>("/api/programs", { signal }),
  });
}

export function useRuleHistory(code: string, enabled: boolean) {
  return useQuery({
    queryKey: [...programKey, "rules", code],
    queryFn: ({ signal }) =>
      apiRequest<TRuleHistory>(`/api/programs/${encodeURIComponent(code)}/rules`, { signal }),
    enabled,
  });
}

export interface TRuleVersionBody {
  rule: TRuleName;
  berlakuMulai: string;
  value: Record<string, unknown>;
  note?: string;
}

export function useAddRuleVersion(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TRuleVersionBody) =>
      apiRequest<TRuleVersionView>(`/api/programs/${encodeURIComponent(code)}/rules`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: programKey });
      // A new index or calendar may change any family's entitlement.
      void queryClient.invalidateQueries({ queryKey: ["entitlement"] });
    },
  });
}

export function useEntitlement(familyId: string, stage: { tahun: number; tahap: number } | null) {
  return useQuery({
    queryKey: ["entitlement", familyId, stage],
    queryFn: ({ signal }) =>
      apiRequest<TFamilyEntitlement>(`/api/registry/families/${encodeURIComponent(familyId)}/entitlement`, {
        query: { tahun: stage?.tahun, tahap: stage?.tahap },
        signal,
      }),
  });
}

export function useComputeStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { tahun: number; tahap: number }) =>
      apiRequest<TStageComputeResult>("/api/programs/pkh/stages", { method: "POST", body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["stage-totals"] });
      void queryClient.invalidateQueries({ queryKey: ["entitlement"] });
    },
  });
}

export function useStageTotals(stage: { tahun: number; tahap: number } | null) {
  return useQuery({
    queryKey: ["stage-totals", stage],
    queryFn: ({ signal }) =>
      apiRequest<TStageTotals>(`/api/programs/pkh/stages/${stage?.tahun}/${stage?.tahap}`, { signal }),
    enabled: stage !== null,
  });
}
