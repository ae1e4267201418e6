import type {
  TPeriodView,
  TScheduleAgentList,
  TScheduleCreate,
  TScheduleDetail,
  TScheduleList,
} from "@kawal/core";
import { useQuery } from "@tanstack/react-query";
import { apiRequest, buildUrl } from "./api-client.ts";
import { usePeriodQuery } from "./use-period-query.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

const scheduleKey = ["schedules"] as const;

/** A period as `GET /api/distribution/periods` lists it (the few fields the pickers need). */
export type TPeriodOption = Pick<TPeriodView, "program" | "periode" | "tahap">;

/**
 * The opened periods of a programme. While that list is unavailable (an older server) the pickers let
 * the user type the month instead, so the query does not retry.
 */
export function usePeriods(program: string) {
  return useQuery({
    queryKey: ["periods", program],
    queryFn: ({ signal }) =>
      apiRequest<{ items: TPeriodOption[] }>("/api/distribution/periods", { query: { program }, signal }),
    retry: false,
    staleTime: 60_000,
  });
}

export function useScheduleAgents(program: string, periode: string | null) {
  return usePeriodQuery<TScheduleAgentList>(
    scheduleKey,
    "/api/distribution/schedules/agents",
    program,
    periode,
  );
}

export function useSchedules(program: string, periode: string | null, idAgen?: string) {
  return useQuery({
    queryKey: [...scheduleKey, "list", program, periode, idAgen ?? null],
    queryFn: ({ signal }) =>
      apiRequest<TScheduleList>("/api/distribution/schedules", {
        query: { program, periode, idAgen },
        signal,
      }),
    enabled: Boolean(periode),
  });
}

export function useSchedule(id: string | undefined) {
  return useQuery({
    queryKey: [...scheduleKey, "one", id],
    queryFn: ({ signal }) =>
      apiRequest<TScheduleDetail>(`/api/distribution/schedules/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
    retry: false,
  });
}

/** A plain link: the browser opens the server's PDF (the server audits each print). */
export const schedulePdfUrl = (id: string) =>
  buildUrl(`/api/distribution/schedules/${encodeURIComponent(id)}/pdf`);

export function useCreateSchedule() {
  return useRefreshingMutation(
    (body: TScheduleCreate) =>
      apiRequest<TScheduleDetail>("/api/distribution/schedules", { method: "POST", body }),
    scheduleKey,
    "settled",
  );
}

export function useDeleteSchedule() {
  return useRefreshingMutation(
    (id: string) =>
      apiRequest<void>(`/api/distribution/schedules/${encodeURIComponent(id)}`, { method: "DELETE" }),
    scheduleKey,
    "settled",
  );
}
