import type {
  TAspect6T,
  TFollowUpList,
  TFollowUpStatus,
  TMonitoringChecklist,
  TMonitoringCreate,
  TMonitoringList,
  TMonitoringSummary,
  TMonitoringUpdate,
} from "@kawal/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, buildUrl, postOnce } from "./api-client.ts";
import { usePeriodQuery } from "./use-period-query.ts";
import { useRecordQuery } from "./use-record-query.ts";

const monitoringKey = ["monitoring"] as const;

export function useMonitoringSummary(program: string, periode: string | null) {
  return usePeriodQuery<TMonitoringSummary>(monitoringKey, "/api/monitoring/summary", program, periode, true);
}

export function useMonitoringList(program: string, periode: string | null) {
  return usePeriodQuery<TMonitoringList>(monitoringKey, "/api/monitoring", program, periode, true);
}

export function useChecklist(id: string | undefined) {
  return useRecordQuery<TMonitoringChecklist>([...monitoringKey, "checklist"], "/api/monitoring", id);
}

export function useFollowUps(status: TFollowUpStatus) {
  return useQuery({
    queryKey: [...monitoringKey, "follow-ups", status],
    queryFn: ({ signal }) =>
      apiRequest<TFollowUpList>("/api/monitoring/follow-ups", { query: { status }, signal }),
  });
}

/** A checklist changes the list, the summary and the follow-ups alike. */
function useSettle() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: monitoringKey });
}

export function useCreateChecklist() {
  const settle = useSettle();
  return useMutation({
    // The key is made per submission by the form: a retry after a lost answer gets the stored checklist.
    mutationFn: ({ body, idempotencyKey }: { body: TMonitoringCreate; idempotencyKey: string }) =>
      postOnce<TMonitoringChecklist>("/api/monitoring", idempotencyKey, body),
    onSuccess: settle,
  });
}

export function useUpdateChecklist(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: (body: TMonitoringUpdate) =>
      apiRequest<TMonitoringChecklist>(`/api/monitoring/${encodeURIComponent(id)}`, { method: "PUT", body }),
    onSuccess: settle,
  });
}

export function useCloseFollowUp(id: string) {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ aspek, catatan }: { aspek: TAspect6T; catatan: string }) =>
      apiRequest<TMonitoringChecklist>(`/api/monitoring/${encodeURIComponent(id)}/aspek/${aspek}/tutup`, {
        method: "POST",
        body: { catatan },
      }),
    onSettled: settle,
  });
}

export function useUploadPhoto() {
  const settle = useSettle();
  return useMutation({
    mutationFn: ({ id, aspek, file }: { id: string; aspek: TAspect6T; file: File }) => {
      const form = new FormData();
      form.append("foto", file, file.name);
      return apiRequest<TMonitoringChecklist>(
        `/api/monitoring/${encodeURIComponent(id)}/aspek/${aspek}/foto`,
        {
          method: "POST",
          body: form,
        },
      );
    },
    onSettled: settle,
  });
}

/** The photo's address, for an `<img>`: the browser sends the session cookie with it. */
export const photoUrl = (id: string, aspek: TAspect6T, version: string) =>
  buildUrl(`/api/monitoring/${encodeURIComponent(id)}/aspek/${aspek}/foto`, { v: version });
