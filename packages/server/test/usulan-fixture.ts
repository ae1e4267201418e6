import { earliestLocalDate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows } from "../src/db/database.ts";
import type { TTestApp } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/** Helpers of the DTKS proposal suite (registry-usulan.test.ts). */
/** A deliberation held today (in WIB): on or after the day of any proposal a suite makes, never in the future. */
export const MUSDES_DATE = earliestLocalDate(new Date());

export const PDF = "%PDF-1.4\n% Berita acara musyawarah desa\n1 0 obj << >> endobj\n%%EOF\n";

let serial = 0;

/** A family of three in a desa, put in by SQL: a head, his wife and his mother. */
export async function makeUsulanFamily(t: TTestApp, desa: string) {
  serial += 1;
  const noKk = `35171801012${String(serial).padStart(5, "0")}`;
  const nik = (n: number) => `3517180101${String(serial).padStart(4, "0")}${n}${n}`;
  await t.database.db.execute(
    sql`INSERT INTO keluarga (kab_code, no_kk, desa_code) VALUES ('35.17', ${noKk}, ${desa})`,
  );
  for (const [i, [nama, hubungan, sex, born]] of [
    ["Slamet Riyadi", "kepala", "L", "1975-01-01"],
    ["Siti Aminah", "istri", "P", "1980-05-05"],
    ["Mbah Karsinah", "orang_tua", "P", "1940-02-02"],
  ].entries()) {
    await t.database.db.execute(sql`
      INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
      VALUES ('35.17', ${nik(i)}, ${noKk}, ${desa}, ${nama}, ${hubungan}, ${sex}, ${born})`);
  }
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`SELECT id FROM keluarga WHERE no_kk = ${noKk}`,
  );
  return { id: row?.id ?? "", noKk, head: nik(0), grandmother: nik(2) };
}

/** Reads back what the API must (or must not) have changed. */
export function usulanProbe(t: TTestApp) {
  const one = async (query: ReturnType<typeof sql>) =>
    (await queryRows<{ status: string }>(t.database.db, query))[0]?.status;
  return {
    memberStatus: (nik: string) => one(sql`SELECT status FROM anggota WHERE nik = ${nik}`),
    usulanStatus: (id: string) => one(sql`SELECT status FROM usulan WHERE id = ${id}`),
    familyStatus: (noKk: string) => one(sql`SELECT status FROM keluarga WHERE no_kk = ${noKk}`),
    auditActions: async (id: string) =>
      (
        await queryRows<{ action: string }>(
          t.database.db,
          sql`SELECT action FROM audit_log
              WHERE entity_type = 'usulan' AND entity_id = ${id} AND action LIKE 'usulan.%' ORDER BY seq`,
        )
      ).map((r) => r.action),
  };
}

/** The steps as a browser sends them. */
export const usulanSteps = {
  musdes: (client: TestClient, id: string, tanggal = MUSDES_DATE, content = PDF, name = "ba.pdf") =>
    client.upload(`/api/usulan/${id}/musdes`, { field: "berita_acara", name, content }, { tanggal }),
  verval: (client: TestClient, id: string, body: Record<string, unknown> = { hasil: "sesuai" }) =>
    client.post(`/api/usulan/${id}/verval`, body),
  decide: (client: TestClient, id: string, body: Record<string, unknown> = { keputusan: "setuju" }) =>
    client.post(`/api/usulan/${id}/keputusan`, body),
};
