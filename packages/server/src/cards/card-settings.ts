import {
  AppError,
  AppErrorCode,
  KKS_STAFF_DAYS_DEFAULT,
  KKS_STAFF_DAYS_SETTING,
  type TCardSettings,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";

/** How many days a card may stay with staff before it is flagged; the default until someone sets it. */
export async function readStaffDays(db: TDb): Promise<number> {
  const [row] = await queryRows<{ value: unknown }>(
    db,
    sql`SELECT value FROM system_setting WHERE key = ${KKS_STAFF_DAYS_SETTING}`,
  );
  const value = row?.value;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : KKS_STAFF_DAYS_DEFAULT;
}

/**
 * Sets the limit. The card.manage permission lets companions and the bank record events; the limit
 * that decides what Dinas Sosial sees flagged is Dinas Sosial's (or the administrator's) alone.
 */
export async function updateCardSettings(
  db: TDb,
  actor: TActor,
  input: TCardSettings,
): Promise<TCardSettings> {
  requirePermission(actor, "card.manage");
  if (actor.role !== "admin" && actor.role !== "dinsos") {
    throw new AppError(AppErrorCode.FORBIDDEN, `role ${actor.role} may not set the card custody limit`);
  }
  await db.transaction(async (tx) => {
    const before = await readStaffDays(tx);
    await tx.execute(
      sql`INSERT INTO system_setting (key, value) VALUES (${KKS_STAFF_DAYS_SETTING}, ${JSON.stringify(input.batasHariStaf)}::jsonb)
          ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    );
    await writeAudit(tx, {
      wilayahCode: null,
      actorId: actor.userId,
      action: "card.settings",
      entityType: "system_setting",
      entityId: KKS_STAFF_DAYS_SETTING,
      data: { before, after: input.batasHariStaf },
    });
  });
  return { batasHariStaf: input.batasHariStaf };
}
