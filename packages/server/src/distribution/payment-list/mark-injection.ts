import type { TInjectionRequest, TInjectionResult } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { findDesaInScope } from "../../scope/find-region.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";

/**
 * Marks a period's payment rows in the caller's scope (or one desa of it) as injected, failed or not
 * yet, in one statement, with one audit row per kabupaten touched (how many rows moved from which
 * status). A desa outside the scope answers 404 like an unknown one.
 */
export async function markInjection(
  db: TDb,
  actor: TActor,
  body: TInjectionRequest,
): Promise<TInjectionResult> {
  requirePermission(actor, "distribution.import");
  if (body.desa) await findDesaInScope(db, actor, body.desa);
  const desa = body.desa ? sql`AND d.desa_code = ${body.desa}` : sql``;
  const tanggal = body.status === "terinjek" ? body.tanggal : null;
  const updated = await db.transaction(async (tx) => {
    const moved = await queryRows<{ kab_code: string; from_status: string; n: number }>(
      tx,
      sql`WITH old AS (
            SELECT d.kab_code, d.id, d.status_injeksi FROM daftar_bayar d
            WHERE d.program_code = ${body.program} AND d.periode = ${body.periode} AND ${inScope(actor, sql`d.desa_code`)}
              ${desa}
              AND (d.status_injeksi, d.terinjek_pada) IS DISTINCT FROM (${body.status}::text, ${tanggal}::date)
            FOR UPDATE
          ), upd AS (
            UPDATE daftar_bayar d SET status_injeksi = ${body.status}, terinjek_pada = ${tanggal}::date
            FROM old WHERE d.kab_code = old.kab_code AND d.id = old.id
            RETURNING d.kab_code, old.status_injeksi AS from_status
          )
          SELECT kab_code, from_status, count(*)::int AS n FROM upd GROUP BY kab_code, from_status`,
    );
    const kabs = [...new Set(moved.map((m) => m.kab_code))].sort();
    for (const kabCode of kabs) {
      const from = Object.fromEntries(
        moved.filter((m) => m.kab_code === kabCode).map((m) => [m.from_status, m.n]),
      );
      await writeAudit(tx, {
        wilayahCode: body.desa ?? kabCode,
        actorId: actor.userId,
        action: "payment_list.injection",
        entityType: "daftar_bayar",
        entityId: `${body.program}:${body.periode}`,
        data: {
          program: body.program,
          periode: body.periode,
          desa: body.desa ?? null,
          to: body.status,
          tanggal,
          from,
        },
      });
    }
    return moved.reduce((sum, m) => sum + m.n, 0);
  });
  return {
    program: body.program,
    periode: body.periode,
    desa: body.desa ?? null,
    status: body.status,
    updated,
  };
}
