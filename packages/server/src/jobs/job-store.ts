import { hostname } from "node:os";
import type { TJobView as TJobAnswer, TJobResult, TJobStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";

/** This process, as recorded on the jobs it runs. */
export const runnerId = `${hostname()}:${process.pid}`;

/** A running job that has not reported progress for this long is taken to be interrupted. */
const STALE_AFTER_SECONDS = 120;

export async function startJob(
  db: TDb,
  job: { kind: string; fileName?: string | null; partial?: boolean; createdBy?: string | null },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO job (kind, status, file_name, partial, created_by, runner)
        VALUES (${job.kind}, 'running', ${job.fileName ?? null}, ${job.partial ?? false}, ${job.createdBy ?? null}, ${runnerId})
        RETURNING id`,
  );
  if (!row) throw new Error("job not created");
  return row.id;
}

export async function reportProgress(
  db: TDb,
  jobId: string,
  processedRows: number,
  totalRows?: number,
): Promise<void> {
  await db.execute(sql`UPDATE job SET processed_rows = ${processedRows}, heartbeat_at = now(),
                         total_rows = COALESCE(${totalRows ?? null}::int, total_rows)
                       WHERE id = ${jobId}`);
}

export async function finishJob(
  db: TDb,
  jobId: string,
  outcome: {
    status: Exclude<TJobStatus, "queued" | "running">;
    rejectedRows?: number;
    result: TJobResult;
  },
): Promise<void> {
  await db.execute(sql`UPDATE job SET status = ${outcome.status}, rejected_rows = ${outcome.rejectedRows ?? 0},
                         result = ${JSON.stringify(outcome.result)}::jsonb, finished_at = now(), heartbeat_at = now()
                       WHERE id = ${jobId}`);
}

/** True when the process named by a runner id is this machine's and no longer exists. */
function runnerGone(runner: string | null): boolean {
  const [host, pid] = (runner ?? "").split(":");
  if (host !== hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * Marks jobs whose runner stopped (killed, crashed, machine restarted) as failed, so nobody waits on
 * them: at once when the runner was a process of this machine that is gone, otherwise once its
 * heartbeat is stale. Their work was one transaction, so nothing of it was kept.
 */
export async function failInterruptedJobs(db: TDb): Promise<number> {
  const running = await queryRows<{ id: string; runner: string | null; stale: boolean }>(
    db,
    sql`SELECT id, runner, heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}) AS stale
        FROM job WHERE status = 'running'`,
  );
  const interrupted = running.filter((job) => job.stale || runnerGone(job.runner)).map((job) => job.id);
  if (interrupted.length === 0) return 0;
  await db.execute(sql`UPDATE job SET status = 'failed', finished_at = now(), result = jsonb_build_object('reason', 'interrupted')
                       WHERE status = 'running' AND id IN (${sql.join(
                         interrupted.map((id) => sql`${id}`),
                         sql`, `,
                       )})`);
  return interrupted.length;
}

/** A job as stored: its answer and who started it (only they, or national staff, may read it). */
export type TJobView = TJobAnswer & { createdBy: string | null };

export async function getJob(db: TDb, jobId: string): Promise<TJobView | undefined> {
  const [row] = await queryRows<{
    id: string;
    kind: string;
    status: TJobStatus;
    file_name: string | null;
    total_rows: number | null;
    processed_rows: number;
    rejected_rows: number;
    result: TJobResult | null;
    created_by: string | null;
    created_at: Date | string;
    finished_at: Date | string | null;
  }>(db, sql`SELECT * FROM job WHERE id = ${jobId}`);
  if (!row) return undefined;
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    fileName: row.file_name,
    totalRows: row.total_rows,
    processedRows: row.processed_rows,
    rejectedRows: row.rejected_rows,
    result: row.result,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at ? new Date(row.finished_at).toISOString() : null,
  };
}
