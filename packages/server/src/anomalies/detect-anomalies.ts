import { anomalyKinds, type TAnomalyDetect, type TAnomalyDetectResult, type TAnomalyKind } from "@kawal/core";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { periodExists } from "../distribution/periods/period-exists.ts";
import { soleScopeOf, type TActor } from "../scope/actor.ts";
import { resolveArea } from "../scope/request-area.ts";
import { requirePermission } from "../scope/scope.ts";
import { anomalyRefusals } from "./anomaly-refusals.ts";
import { prepareContextSql } from "./detect-context-sql.ts";
import { detectStatements } from "./detect-kinds-sql.ts";

/**
 * Looks for every kind of anomaly in one programme's period, inside the caller's scope (and the
 * requested region): the period's transactions and their families gathered once into temporary
 * tables, then one set-based INSERT … SELECT per kind, all in one transaction with its audit row. A finding already listed, open or closed, is never listed again; the answer counts the new
 * ones. `db` may be a transaction.
 */
export async function detectAnomalies(
  db: TDb,
  actor: TActor,
  input: TAnomalyDetect,
): Promise<TAnomalyDetectResult> {
  requirePermission(actor, "anomaly.manage");
  const area = await resolveArea(db, actor, input.wilayah);
  const wilayah = area.wilayah;
  if (!(await periodExists(db, input.program, input.periode)))
    throw anomalyRefusals.noPeriod(input.program, input.periode);
  const scope = { program: input.program, periode: input.periode, region: area.where };
  return db.transaction(async (tx) => {
    for (const statement of prepareContextSql(scope)) await tx.execute(statement);
    const counts = {} as Record<TAnomalyKind, number>;
    for (const kind of anomalyKinds) {
      const [row] = await queryRows<{ n: number }>(tx, detectStatements[kind](scope));
      counts[kind] = row?.n ?? 0;
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    await writeAudit(tx, {
      wilayahCode: wilayah ?? soleScopeOf(actor),
      actorId: actor.userId,
      action: "anomaly.detect",
      entityType: "anomali",
      data: { program: input.program, periode: input.periode, wilayah: wilayah ?? null, counts, total },
    });
    return { counts, total };
  });
}
