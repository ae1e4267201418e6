import type { TUsulanDetail, TUsulanStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findUsulan } from "./find-usulan.ts";
import { holdsPersonalNumbers, type TUsulanViewRow, usulanView, usulanViewSelect } from "./usulan-view.ts";

/**
 * One proposal with every step it took. Roles allowed full numbers see the No. KK and NIK in full and
 * that read is audited, as on a family's page; others see them masked.
 */
export async function getUsulan(
  db: TDb,
  actor: TActor,
  usulanId: string,
  options: { fullNumbers?: boolean } = {},
): Promise<TUsulanDetail> {
  requirePermission(actor, "registry.read");
  const found = await findUsulan(db, actor, usulanId);
  // In turn, not at once: `db` may be a transaction, one connection that runs one query at a time.
  const [row] = await queryRows<TUsulanViewRow>(
    db,
    sql`${usulanViewSelect} WHERE u.kab_code = ${found.kab_code} AND u.id = ${found.id}`,
  );
  const steps = await queryRows<{
    from_status: TUsulanStatus | null;
    to_status: TUsulanStatus;
    username: string | null;
    at: Date | string;
    note: string | null;
  }>(
    db,
    sql`SELECT s.from_status, s.to_status, p.username, s.at, s.note
          FROM usulan_step s LEFT JOIN users p ON p.id = s.actor_id
          WHERE s.kab_code = ${found.kab_code} AND s.usulan_id = ${found.id}
          ORDER BY s.at, s.from_status IS NOT NULL, s.id`,
  );
  if (!row) throw new Error(`usulan ${found.id} vanished`);
  const full = (options.fullNumbers ?? true) && actor.permissions.includes("registry.full_number");
  if (full && holdsPersonalNumbers(row)) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        wilayahCode: row.desa_code,
        actorId: actor.userId,
        action: "registry.view_full_numbers",
        entityType: "usulan",
        entityId: row.id,
      }),
    );
  }
  return {
    ...usulanView(row, actor, full),
    numbersMasked: !full,
    steps: steps.map((s) => ({
      from: s.from_status,
      to: s.to_status,
      actor: s.username,
      at: new Date(s.at).toISOString(),
      note: s.note,
    })),
  };
}
