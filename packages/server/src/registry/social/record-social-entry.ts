import {
  kabupatenCodeOf,
  latestLocalDate,
  maskNumber,
  type TSocialEntry,
  type TSocialEntryCreate,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { requireCategoryInForce } from "./category-in-force.ts";
import { ensureNotRegistered, lockLink } from "./ensure-not-registered.ts";
import { findRegistryLink } from "./find-registry-link.ts";
import { getSocialEntry } from "./get-social-entry.ts";
import { defaultDesa, requireKnownPlace, requirePlaceInScope } from "./social-place.ts";
import { socialRefusals } from "./social-refusals.ts";

/**
 * Enters a person, family or organisation in the PMKS or PSKS register of a kecamatan. The category
 * must be in force today, the place real and inside the caller's scope, and a NIK or No. KK must name
 * a member or family of the registry in that scope. The entry and its audit row commit together;
 * a refusal writes nothing (an out-of-scope number only leaves its `access.denied` row).
 */
export async function recordSocialEntry(
  db: TDb,
  actor: TActor,
  input: TSocialEntryCreate,
  now: Date = new Date(),
): Promise<TSocialEntry> {
  requirePermission(actor, "social.manage");
  const today = latestLocalDate(now);
  await requireCategoryInForce(db, input.register, input.kategoriKode, today);
  await requireKnownPlace(db, input.kecamatanCode, input.desaCode);
  const link = await findRegistryLink(db, actor, { nik: input.nik, noKk: input.noKk });
  const desaCode = input.desaCode ?? defaultDesa(input.kecamatanCode, link);
  requirePlaceInScope(actor, input.kecamatanCode, desaCode);
  const nama = input.nama ?? link?.nama;
  if (!nama) throw socialRefusals.nameRequired();
  const kabCode = kabupatenCodeOf(input.kecamatanCode) ?? "";
  const nik = link?.nik ?? null;
  const noKk = link?.noKk ?? null;

  const id = await db.transaction(async (tx) => {
    await lockLink(tx, { nik, noKk });
    await ensureNotRegistered(tx, { register: input.register, kategoriKode: input.kategoriKode, nik, noKk });
    const [row] = await queryRows<{ id: string }>(
      tx,
      sql`INSERT INTO social_register
            (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, nik, no_kk, keterangan, recorded_by)
          VALUES (${kabCode}, ${input.register}, ${input.kategoriKode}, ${input.kecamatanCode}, ${desaCode},
                  ${nama}, ${nik}, ${noKk}, ${input.keterangan || null}, ${actor.userId})
          RETURNING id`,
    );
    if (!row) throw new Error("social_register insert returned no row");
    await writeAudit(tx, {
      wilayahCode: desaCode ?? input.kecamatanCode,
      actorId: actor.userId,
      action: "social.register",
      entityType: "social_register",
      entityId: row.id,
      // Numbers masked and no free text: the audit log is append-only and outlives any correction.
      data: {
        register: input.register,
        kategoriKode: input.kategoriKode,
        nik: nik === null ? null : maskNumber(nik),
        noKk: noKk === null ? null : maskNumber(noKk),
      },
    });
    return row.id;
  });
  return getSocialEntry(db, actor, id, now);
}
