import { caseloadUnitOf, type TCaseloadNormsUpdate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";

export interface TNormView {
  role: "tksk" | "pendamping_pkh" | "psm";
  norma: number;
  unit: "keluarga" | "desa";
  updatedAt: string;
}

async function readNorms(db: TDb): Promise<TNormView[]> {
  const rows = await queryRows<{
    role: TNormView["role"];
    norma: number;
    unit: TNormView["unit"];
    updated_at: Date | string;
  }>(
    db,
    sql`SELECT role, norma, unit, updated_at FROM caseload_norm
        WHERE role IN ('tksk', 'pendamping_pkh', 'psm') ORDER BY role`,
  );
  return rows.map((r) => ({
    role: r.role,
    norma: r.norma,
    unit: r.unit,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** The caseload norm of each companion role (configurable data, seeded at 375 families per PKH companion). */
export async function getCaseloadNorms(db: TDb, actor: TActor): Promise<{ items: TNormView[] }> {
  requirePermission(actor, "caseload.read");
  return { items: await readNorms(db) };
}

/** Sets norms; the unit follows the role (families for PKH, desa for TKSK and PSM). */
export async function setCaseloadNorms(
  db: TDb,
  actor: TActor,
  input: TCaseloadNormsUpdate,
): Promise<{ items: TNormView[] }> {
  requirePermission(actor, "caseload.manage");
  await db.transaction(async (tx) => {
    const before = await readNorms(tx);
    const values = sql.join(
      input.norms.map(
        (n) => sql`(${n.role}, ${n.norma}, ${caseloadUnitOf(n.role)}, ${actor.userId}::uuid, now())`,
      ),
      sql`, `,
    );
    await tx.execute(
      sql`INSERT INTO caseload_norm (role, norma, unit, updated_by, updated_at) VALUES ${values}
          ON CONFLICT (role) DO UPDATE SET norma = EXCLUDED.norma, unit = EXCLUDED.unit,
            updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    );
    await writeAudit(tx, {
      // Norms are installation-wide settings: the chain of events with no kabupaten.
      wilayahCode: null,
      actorId: actor.userId,
      action: "caseload.norms",
      entityType: "caseload_norm",
      entityId: input.norms.map((n) => n.role).join(","),
      data: {
        before: Object.fromEntries(before.map((n) => [n.role, n.norma])),
        after: Object.fromEntries(input.norms.map((n) => [n.role, n.norma])),
      },
    });
  });
  return { items: await readNorms(db) };
}
