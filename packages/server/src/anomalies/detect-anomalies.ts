import { anomalyKinds, type TAnomalyDetect, type TAnomalyDetectResult, type TAnomalyKind } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { actorCovers, findInScope, inScope, requirePermission } from "../scope/scope.ts";
import { anomalyRefusals } from "./anomaly-refusals.ts";
import { prepareContextSql } from "./detect-context-sql.ts";
import { detectStatements } from "./detect-kinds-sql.ts";

/** The requested region through the scope: outside it answers 404 like an unknown code, and is audited. */
async function findRegion(db: TDb, actor: TActor, code: string): Promise<string> {
  const lookup = () => queryRows<{ code: string }>(db, sql`SELECT code FROM wilayah WHERE code = ${code}`);
  const found = await findInScope(db, actor, {
    entityType: "wilayah",
    entityId: code,
    findInScope: async () => (actorCovers(actor, [code]) ? (await lookup())[0] : undefined),
    findRegions: async () => ((await lookup()).length > 0 ? [code] : undefined),
  });
  return found.code;
}

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
  const wilayah = input.wilayah === undefined ? undefined : await findRegion(db, actor, input.wilayah);
  const [period] = await queryRows<{ periode: string }>(
    db,
    sql`SELECT periode FROM periode_penyaluran WHERE program_code = ${input.program} AND periode = ${input.periode}`,
  );
  if (!period) throw anomalyRefusals.noPeriod(input.program, input.periode);
  const region = (desa: SQL) =>
    wilayah === undefined
      ? inScope(actor, desa)
      : sql`(${inScope(actor, desa)} AND (${desa} = ${wilayah} OR ${desa} LIKE ${`${wilayah}.%`}))`;
  const scope = { program: input.program, periode: input.periode, region };
  return db.transaction(async (tx) => {
    for (const statement of prepareContextSql(scope)) await tx.execute(statement);
    const counts = {} as Record<TAnomalyKind, number>;
    for (const kind of anomalyKinds) {
      const [row] = await queryRows<{ n: number }>(tx, detectStatements[kind](scope));
      counts[kind] = row?.n ?? 0;
    }
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    await writeAudit(tx, {
      wilayahCode: wilayah ?? (actor.scopes.length === 1 ? (actor.scopes[0] ?? null) : null),
      actorId: actor.userId,
      action: "anomaly.detect",
      entityType: "anomali",
      data: { program: input.program, periode: input.periode, wilayah: wilayah ?? null, counts, total },
    });
    return { counts, total };
  });
}
