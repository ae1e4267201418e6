import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importAnggota } from "../src/registry/import/import-anggota.ts";
import { dbTargets } from "./db-targets.ts";
import { addFamily, csvFile, importAppForSuite, readRecords } from "./import-test-kit.ts";
import { DESA } from "./regions.ts";

const HEADER = "no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,kode_desa";
/** A desa of Kabupaten Mojokerto: outside the importing Dinas officer's area. */
const OTHER_KABUPATEN_DESA = "35.16.01.2001";

describe.each(dbTargets)("what a refused anggota import tells, on $name", (target) => {
  const { t, actor, dir } = importAppForSuite(target, "kawal-disclosure-");

  it("says that a NIK or a No. KK is taken outside the importer's area, never which family or kabupaten, and audits the attempt", async () => {
    const elsewhere = await addFamily(t.database.db, OTHER_KABUPATEN_DESA);
    const path = csvFile(dir, HEADER, [
      `3517180101209101,${elsewhere.kepala},Tamu Asing,kepala,L,1980-01-01,${DESA}`,
      `${elsewhere.noKk},3517180101809102,Tamu Kedua,kepala,L,1980-01-01,${DESA}`,
    ]);
    const refused = await importAnggota(t.database, actor, {
      path,
      partial: false,
      language: "id",
      rejectedPath: `${path}.ditolak.csv`,
    });
    expect(refused.status).toBe("rejected");
    const reasons = readRecords(refused.rejectedFile).map((r) => [r.kolom, r.alasan]);
    expect(reasons).toEqual([
      ["nik", "NIK sudah terdaftar di KK lain di luar wilayah Anda; pindah antarwilayah diurus Dinas Sosial"],
      ["no_kk", "KK ini sudah terdaftar di luar wilayah Anda; pindah antarwilayah diurus Dinas Sosial"],
    ]);
    const text = reasons.flat().join(" ");
    expect(text).not.toContain("35.16");
    expect(text).not.toContain(elsewhere.noKk.slice(-4));
    const audited = await t.count(
      sql`SELECT count(*)::int AS n FROM audit_log
          WHERE action = 'import.refused' AND actor_id = ${actor.userId} AND entity_id = ${refused.jobId}
            AND data->>'kind' = 'import.anggota' AND (data->>'rejected')::int = 2`,
    );
    expect(audited).toBe(1);
  });
});
