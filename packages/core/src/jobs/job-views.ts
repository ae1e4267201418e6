import { z } from "zod";
import { ZJobResult } from "./job-results.ts";

/** The answers of the job routes: a long piece of work (an import, a scan) followed by its id. */
export const ZJobStatus = z.enum(["queued", "running", "done", "rejected", "failed"]);
export type TJobStatus = z.output<typeof ZJobStatus>;

/** A background job; `result` is what its kind leaves (an import's counts, a scan's pairs, a failure's reason). */
export const ZJobView = z.object({
  id: z.string(),
  kind: z.string(),
  status: ZJobStatus,
  fileName: z.string().nullable(),
  totalRows: z.number().nullable(),
  processedRows: z.number(),
  rejectedRows: z.number(),
  result: ZJobResult.nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type TJobView = z.output<typeof ZJobView>;

/** The 202 of an upload: the work goes on in this job, which the caller follows. */
export const ZJobStarted = z.object({ jobId: z.string() });
export type TJobStarted = z.output<typeof ZJobStarted>;
