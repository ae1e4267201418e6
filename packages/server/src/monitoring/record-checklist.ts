import { AppError, AppErrorCode, checklistScore, isFutureDate, type TMonitoringCreate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
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
  const [period] = await queryRows<{ periode: string }>(
    db,
    sql`SELECT periode FROM periode_penyaluran WHERE program_code = ${program} AND periode = ${periode}`,
  );
  if (!period) throw monitoringRefusals.noPeriod(program, periode);
  if (tanggal < `${periode}-01`) throw monitoringRefusals.beforePeriod(periode);
  if (isFutureDate(tanggal, now)) throw monitoringRefusals.future();
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
  now: Date = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "monitoring.manage");
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
    const [first] = await queryRows<{ id: string; tanggal: string }>(
      tx,
      sql`SELECT id, tanggal::text AS tanggal FROM monitoring_6t
          WHERE kab_code = ${agent.kab_code} AND program_code = ${input.program} AND periode = ${input.periode}
            AND id_agen = ${agent.id_agen}`,
    );
    throw monitoringRefusals.alreadyChecked(first?.id ?? "", first?.tanggal ?? "");
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
    },
  });
  return inserted;
}

/** `POST /api/monitoring`: the scope check (audited when denied) first, then the write in one transaction. */
export async function createChecklist(
  db: TDb,
  actor: TActor,
  input: TMonitoringCreate,
  now: Date = new Date(),
): Promise<{ id: string }> {
  requirePermission(actor, "monitoring.manage");
  await findAgentInScope(db, actor, input.idAgen);
  return db.transaction((tx) => recordChecklist(tx, actor, input, now));
}
