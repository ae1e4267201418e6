import type { TSocialCategory, TSocialCategoryCreate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { socialRefusals } from "./social-refusals.ts";
import { categoryView } from "./social-views.ts";

/**
 * Adds a dated version of a PMKS or PSKS category (a new one, a new name, or a withdrawal). Versions
 * are only ever appended after the latest one: inserting one between two would change what an earlier
 * date answered, and a past version is never updated, so every past lookup stays reproducible.
 */
export async function addSocialCategory(
  db: TDb,
  actor: TActor,
  input: TSocialCategoryCreate,
): Promise<TSocialCategory> {
  requirePermission(actor, "social.categories");
  return db.transaction(async (tx) => {
    // One writer per category at a time, so two versions cannot both pass the "after the latest" check.
    await tx.execute(
      sql`SELECT pg_advisory_xact_lock(hashtext(${`social_category:${input.register}:${input.kode}`}))`,
    );
    const [latest] = await queryRows<{ berlaku_mulai: string }>(
      tx,
      sql`SELECT berlaku_mulai::text AS berlaku_mulai FROM social_category
          WHERE register = ${input.register} AND kode = ${input.kode}
          ORDER BY berlaku_mulai DESC LIMIT 1`,
    );
    if (latest && latest.berlaku_mulai === input.berlakuMulai) throw socialRefusals.versionExists();
    if (latest && latest.berlaku_mulai > input.berlakuMulai) {
      const exists = await queryRows(
        tx,
        sql`SELECT 1 FROM social_category WHERE register = ${input.register} AND kode = ${input.kode}
            AND berlaku_mulai = ${input.berlakuMulai}::date`,
      );
      if (exists.length > 0) throw socialRefusals.versionExists();
      throw socialRefusals.versionBeforeLatest(latest.berlaku_mulai);
    }
    const row = {
      register: input.register,
      kode: input.kode,
      berlaku_mulai: input.berlakuMulai,
      nama: input.nama,
      aktif: input.aktif ? "ya" : "tidak",
    };
    await tx.execute(
      sql`INSERT INTO social_category (register, kode, berlaku_mulai, nama, aktif)
          VALUES (${row.register}, ${row.kode}, ${row.berlaku_mulai}::date, ${row.nama}, ${row.aktif})`,
    );
    // National reference data: no region, so the row goes to the no-kabupaten chain.
    await writeAudit(tx, {
      wilayahCode: null,
      actorId: actor.userId,
      action: "social.category_version",
      entityType: "social_category",
      entityId: `${row.register}:${row.kode}:${row.berlaku_mulai}`,
      data: { nama: row.nama, aktif: input.aktif, previous: latest?.berlaku_mulai ?? null },
    });
    return categoryView(row);
  });
}
