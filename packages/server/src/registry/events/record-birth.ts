import { nikMatchesBirthDate, nikMismatchMessage } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows } from "../../db/database.ts";
import type { TEventContext, TMemberChange } from "./event-member.ts";
import { refusals } from "./life-event-refusals.ts";
import type { TLifeEventOf } from "./life-event-schema.ts";
import { newProvisionalNik } from "./provisional-nik.ts";

/**
 * A child was born into the family: a new active member. A NIK given must agree with the birth date
 * and sex it encodes (docs/domain.md, "Registry") and must not be anyone's already, in any kabupaten.
 */
export async function recordBirth(
  ctx: TEventContext,
  event: TLifeEventOf<"kelahiran">,
): Promise<TMemberChange> {
  if (event.occurredOn !== undefined && event.occurredOn !== event.tanggalLahir) throw refusals.birthDay();
  if (event.nik !== undefined) {
    const mismatches = nikMatchesBirthDate(event.nik, event.tanggalLahir, event.jenisKelamin);
    const message = (code: "BIRTH_DATE" | "SEX") => ({
      id: nikMismatchMessage(code, "id"),
      en: nikMismatchMessage(code, "en"),
    });
    if (mismatches.includes("BIRTH_DATE")) throw refusals.nikMismatch("tanggalLahir", message("BIRTH_DATE"));
    if (mismatches.includes("SEX")) throw refusals.nikMismatch("jenisKelamin", message("SEX"));
    const taken = await queryRows(ctx.tx, sql`SELECT 1 FROM anggota WHERE nik = ${event.nik} LIMIT 1`);
    if (taken.length > 0) throw refusals.nikTaken();
  }
  const nik = event.nik ?? newProvisionalNik();
  const { family } = ctx;
  // ON CONFLICT: a NIK registered by a concurrent request in this kabupaten is refused, not a crash.
  const inserted = await queryRows<{ nik: string }>(
    ctx.tx,
    sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir, status)
        VALUES (${family.kab_code}, ${nik}, ${family.no_kk}, ${family.desa_code}, ${event.nama}, ${event.hubungan},
                ${event.jenisKelamin}, ${event.tanggalLahir}, 'aktif')
        ON CONFLICT DO NOTHING RETURNING nik`,
  );
  if (inserted.length === 0) throw refusals.nikTaken();
  const added = (after: unknown) => ({ before: null, after });
  return {
    nik,
    changes: {
      nama: added(event.nama),
      hubungan: added(event.hubungan),
      jenis_kelamin: added(event.jenisKelamin),
      tanggal_lahir: added(event.tanggalLahir),
      status: added("aktif"),
    },
    extra: event.nik === undefined ? { nikSementara: true } : undefined,
  };
}
