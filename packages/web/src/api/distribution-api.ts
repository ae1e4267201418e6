import type {
  TAgentList,
  TInjectionRequest,
  TInjectionResult,
  TPaymentListPage,
  TPaymentSummary,
  TPeriodList,
} from "@kawal/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import { usePeriodQuery } from "./use-period-query.ts";

const key = ["distribution"] as const;

/** Periods of every programme (or one), newest first. */
export function usePeriods(program?: string) {
  return useQuery({
    queryKey: [...key, "periods", program ?? null],
    queryFn: ({ signal }) =>
      apiRequest<TPeriodList>("/api/distribution/periods", { query: { program }, signal }),
  });
}

/** Per desa of the caller's scope: listed families, the amount and the injection counts. */
export function usePaymentSummary(program: string, periode: string | null) {
  return usePeriodQuery<TPaymentSummary>(key, "/api/distribution/payment-lists/summary", program, periode);
}

/** One desa's list for the period, one page after `cursor`. */
export function usePaymentList(
  program: string,
  periode: string | null,
  desa: string | null,
  cursor: string | null,
) {
  return useQuery({
    queryKey: [...key, "list", program, periode, desa, cursor],
    queryFn: ({ signal }) =>
      apiRequest<TPaymentListPage>("/api/distribution/payment-lists", {
        query: { program, periode, desa, cursor, limit: 25 },
        signal,
      }),
    enabled: Boolean(periode && desa),
    placeholderData: keepPreviousData,
  });
}

/** Marks the period's rows of a desa (or the whole scope) injected, failed or not yet. */
export function useMarkInjection() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TInjectionRequest) =>
      apiRequest<TInjectionResult>("/api/distribution/payment-lists/injection", { method: "POST", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  });
}

export function useAgents(desa?: string | null) {
  return useQuery({
    queryKey: [...key, "agents", desa ?? null],
    queryFn: ({ signal }) => apiRequest<TAgentList>("/api/distribution/agents", { query: { desa }, signal }),
  });
}

function uploadTo(path: string) {
  return ({ file, partial }: { file: File; partial: boolean }) => {
    const form = new FormData();
    // Before the file: the server reads the fields that precede the file part.
    if (partial) form.append("partial", "true");
    form.append("file", file, file.name);
    return apiRequest<{ jobId: string }>(path, { method: "POST", body: form });
  };
}

export function useStartDaftarBayarImport() {
  return useMutation({ mutationFn: uploadTo("/api/distribution/payment-lists/import") });
}

export function useStartAgenImport() {
  return useMutation({ mutationFn: uploadTo("/api/distribution/agents/import") });
}
