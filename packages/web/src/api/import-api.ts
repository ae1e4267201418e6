import type { TAnggotaCounts, TImportJobResult, TJobStarted, TJobStatus, TJobView } from "@kawal/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export type { TJobStatus } from "@kawal/core";

/** A background job, its `changes` read as one import kind's counts (an `anggota` import's by default). */
export type TJob<TCounts = TAnggotaCounts> = Omit<TJobView, "result"> & {
  result: TImportJobResult<TCounts> | null;
};

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
export function useJob<TCounts = TAnggotaCounts>(jobId: string | null) {
  return useQuery({
    queryKey: ["jobs", jobId],
    queryFn: ({ signal }) =>
      apiRequest<TJob<TCounts>>(`/api/jobs/${encodeURIComponent(jobId ?? "")}`, { signal }),
    enabled: jobId !== null,
    refetchInterval: (query) =>
      query.state.status !== "error" && isJobActive(query.state.data?.status ?? "running") ? 1_000 : false,
  });
}

export const rejectedRowsUrl = (jobId: string) => `/api/jobs/${encodeURIComponent(jobId)}/rejected`;
