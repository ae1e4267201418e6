import type { TJobStarted, TJobStatus, TJobView } from "@kawal/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export type { TJobStatus } from "@kawal/core";

export interface TMergeCounts {
  kabCode: string;
  familiesInserted: number;
  familiesUpdated: number;
  membersInserted: number;
  membersUpdated: number;
}

/**
 * What an `anggota` import left in its job: the counts, or only the header problems when required
 * columns were missing (then no row was read), or `error` / `reason` when it failed.
 */
export interface TImportResult {
  rows?: number;
  accepted?: number;
  rejected?: number;
  warnings?: number;
  changes?: TMergeCounts[];
  unknownColumns?: string[];
  missingColumns?: string[];
  duplicateColumns?: string[];
  error?: string;
  reason?: string;
}

/** A background job, its `result` read as what its kind leaves (an import's counts by default). */
export type TJob<R = TImportResult> = Omit<TJobView, "result"> & { result: R | null };

export function isJobActive(status: TJobStatus | undefined): boolean {
  return status === "queued" || status === "running";
}

export function useStartImport() {
  return useMutation({
    mutationFn: ({ file, partial }: { file: File; partial: boolean }) => {
      const form = new FormData();
      // Before the file: the server reads the fields that precede the file part.
      if (partial) form.append("partial", "true");
      form.append("file", file, file.name);
      return apiRequest<TJobStarted>("/api/registry/imports", { method: "POST", body: form });
    },
  });
}

/** Follows a job once a second while it runs, then stops asking (also after an error it shows). */
export function useJob<R = TImportResult>(jobId: string | null) {
  return useQuery({
    queryKey: ["jobs", jobId],
    queryFn: ({ signal }) => apiRequest<TJob<R>>(`/api/jobs/${encodeURIComponent(jobId ?? "")}`, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      query.state.status !== "error" && isJobActive(query.state.data?.status ?? "running") ? 1_000 : false,
  });
}

export const rejectedRowsUrl = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/rejected`;
