import { createHash } from "node:crypto";
import { AppError, AppErrorCode, checklistScore, isFutureDate, type TMonitoringCreate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { canonicalJson } from "../audit/canonical-json.ts";
import { auditChainOf, writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { periodExists } from "../distribution/periods/period-exists.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { auditFacts, insertAspects } from "./checklist-aspects.ts";
import { agentInScope, findAgentInScope } from "./find-agent.ts";
import { monitoringRefusals } from "./monitoring-refusals.ts";

/** The period must exist, and a check cannot come before the period's month or after today. */
export async function checkChecklistDate(
  db: TDb,
  program: string,
  periode: string,
  tanggal: string,
  now: Date,
): Promise<void> {
  if (!(await periodExists(db, program, periode))) throw monitoringRefusals.noPeriod(program, periode);
  if (tanggal < `${periode}-01`) throw monitoringRefusals.beforePeriod(periode);
  if (isFutureDate(tanggal, now)) throw monitoringRefusals.future();
}

export interface TRecordOptions {
  now?: Date;
  /**
   * Made by the phone per submission. A retry after a lost answer finds its own first checklist (same
   * user, key and content, kept in the audit row) and gets it back instead of a conflict.
   */
  idempotencyKey?: string | undefined;
}

/** Whether the existing checklist is this very submission sent again. */
async function isReplay(
  tx: TDb,
  actor: TActor,
  first: { id: string; desa_code: string },
  key: string,
  hash: string,
) {
  const [row] = await queryRows<{ hash: string | null }>(
    tx,
    sql`SELECT data->>'requestHash' AS hash FROM audit_log
        WHERE kab_code = ${auditChainOf(first.desa_code)} AND entity_type = 'monitoring_6t' AND entity_id = ${first.id}
          AND action = 'monitoring.create' AND actor_id = ${actor.userId} AND data->>'idempotencyKey' = ${key}
        LIMIT 1`,
  );
  return row?.hash === hash;
}

/**
 * Writes one 6T checklist of an agent in the caller's scope, with its six aspects and its audit row, in
 * the caller's transaction (the demo loader writes its checklists through this too). The unique index
 * `monitoring_6t_once` settles two checkers racing for the same agent and period: the second gets 409
 * naming the first checklist. An agent outside the scope is 404 here without an audit row: the route
 * looks it up first with `findAgentInScope`, whose denial row must outlive the failed transaction.
 */
export async function recordChecklist(
  tx: TDb,
  actor: TActor,
  input: TMonitoringCreate,
  options: TRecordOptions = {},
): Promise<{ id: string; replayed: boolean }> {
  requirePermission(actor, "monitoring.manage");
  const now = options.now ?? new Date();
  const requestHash = createHash("sha256").update(canonicalJson(input)).digest("hex");
  const agent = await agentInScope(tx, actor, input.idAgen);
  if (!agent) throw new AppError(AppErrorCode.NOT_FOUND, "agen not found");
  await checkChecklistDate(tx, input.program, input.periode, input.tanggal, now);
  const [inserted] = await queryRows<{ id: string }>(
    tx,
    sql`INSERT INTO monitoring_6t (kab_code, program_code, periode, id_agen, desa_code, tanggal, skor, catatan, petugas_id)
        VALUES (${agent.kab_code}, ${input.program}, ${input.periode}, ${agent.id_agen}, ${agent.desa_code},
                ${input.tanggal}, ${checklistScore(input.aspek)}, ${input.catatan || null}, ${actor.userId})
        ON CONFLICT (kab_code, program_code, periode, id_agen) DO NOTHING
        RETURNING id`,
  );
  if (!inserted) {
    const [first] = await queryRows<{ id: string; tanggal: string; desa_code: string }>(
      tx,
      sql`SELECT id, tanggal::text AS tanggal, desa_code FROM monitoring_6t
          WHERE kab_code = ${agent.kab_code} AND program_code = ${input.program} AND periode = ${input.periode}
            AND id_agen = ${agent.id_agen}`,
    );
    if (!first) throw new Error("conflicting checklist not found");
    const key = options.idempotencyKey;
    if (key && (await isReplay(tx, actor, first, key, requestHash))) return { id: first.id, replayed: true };
    throw monitoringRefusals.alreadyChecked(first.id, first.tanggal);
  }
  await insertAspects(tx, agent.kab_code, inserted.id, input.aspek);
  await writeAudit(tx, {
    wilayahCode: agent.desa_code,
    actorId: actor.userId,
    action: "monitoring.create",
    entityType: "monitoring_6t",
    entityId: inserted.id,
    data: {
      program: input.program,
      periode: input.periode,
      idAgen: agent.id_agen,
      ...auditFacts(input.tanggal, input.aspek),
      ...(options.idempotencyKey ? { idempotencyKey: options.idempotencyKey, requestHash } : {}),
    },
  });
  return { id: inserted.id, replayed: false };
}

/** `POST /api/monitoring`: the scope check (audited when denied) first, then the write in one transaction. */
export async function createChecklist(
  db: TDb,
  actor: TActor,
  input: TMonitoringCreate,
  options: TRecordOptions = {},
): Promise<{ id: string; replayed: boolean }> {
  requirePermission(actor, "monitoring.manage");
  await findAgentInScope(db, actor, input.idAgen);
  return db.transaction((tx) => recordChecklist(tx, actor, input, options));
}
