import { AppError, AppErrorCode } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { isRecordId } from "../scope/record-id.ts";
import { inScope } from "../scope/scope.ts";

export interface TFamilyKey {
  id: string;
  kab_code: string;
  no_kk: string;
  desa_code: string;
}

/**
 * Families named by their opaque ids, all inside the actor's scope. An id that is unknown or outside
 * the scope is refused the same way (its existence does not leak); an outside one is audited.
 */
export async function resolveFamilyIds(
  db: TDb,
  actor: TActor,
  ids: readonly string[],
): Promise<TFamilyKey[]> {
  const wellFormed = [...new Set(ids.filter((id) => isRecordId(id)))];
  const list = sql.join(
    (wellFormed.length > 0 ? wellFormed : ["00000000-0000-0000-0000-000000000000"]).map(
      (id) => sql`${id}::uuid`,
    ),
    sql`, `,
  );
  const rows = await queryRows<TFamilyKey & { visible: boolean }>(
    db,
    sql`SELECT id, kab_code, no_kk, desa_code, ${inScope(actor, sql`desa_code`)} AS visible
        FROM keluarga WHERE id IN (${list})`,
  );
  const visible = new Map(rows.filter((r) => r.visible).map((r) => [r.id, r]));
  const outside = rows.filter((r) => !r.visible);
  if (outside.length > 0) {
    await db.transaction(async (tx) => {
      await writeAudit(tx, {
        wilayahCode: outside[0]?.desa_code ?? null,
        actorId: actor.userId,
        action: "access.denied",
        entityType: "keluarga",
        entityId: outside[0]?.id ?? null,
        data: { role: actor.role, scopes: actor.scopes, count: outside.length },
      });
    });
  }
  const fields = ids.flatMap((id, index) =>
    visible.has(id)
      ? []
      : [
          {
            field: `familyIds.${index}`,
            message: { id: "keluarga tidak ditemukan di wilayah Anda", en: "family not found in your area" },
          },
        ],
  );
  if (fields.length > 0) throw new AppError(AppErrorCode.VALIDATION, "unknown families", { fields });
  return [...visible.values()];
}
