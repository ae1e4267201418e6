import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { importPeserta } from "../src/programs/import/import-peserta.ts";
import { importAnggota } from "../src/registry/import/import-anggota.ts";
import { systemActor } from "../src/scope/actor.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import { BANDARKEDUNGMULYO_DESA, syntheticRows, writeCsv } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";

/**
 * The peserta import at scale, for measuring: KAWAL_PESERTA_SCALE=<members> loads that many synthetic
 * members, then imports one Sembako row per family and a PKH row for every second one (all new), the
 * same file again (nothing changes) and a file suspending every third Sembako enrolment. Skipped unless
 * the variable is set; prints each import's time.
 */
const members = Number(process.env.KAWAL_PESERTA_SCALE ?? 0);

describe.skipIf(!members).each(dbTargets)("peserta import at scale on $name", (target) => {
  let database: TDatabase;
  let drop: () => Promise<void>;
  const dir = mkdtempSync(join(tmpdir(), "kawal-peserta-scale-"));
  let families: { no_kk: string; nik: string }[] = [];

  beforeAll(async () => {
    const opened = await target.open();
    database = opened.database;
    drop = opened.drop;
    await loadWilayah(database);
    const anggota = writeCsv(join(dir, "anggota.csv"), syntheticRows(members, 11));
    const loaded = await importAnggota(database, systemActor, {
      path: anggota,
      partial: true,
      language: "id",
      rejectedPath: join(dir, "anggota.ditolak.csv"),
    });
    expect(loaded.status).toBe("done");
    families = await queryRows<{ no_kk: string; nik: string }>(
      database.db,
      sql`SELECT no_kk, nik FROM anggota WHERE hubungan = 'kepala' AND status = 'aktif' ORDER BY no_kk`,
    );
    expect(BANDARKEDUNGMULYO_DESA.length).toBeGreaterThan(0);
  }, 1_200_000);
  afterAll(async () => {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  const timed = async (name: string, rows: string[]) => {
    const path = join(dir, `${name}.csv`);
    writeFileSync(path, `program,no_kk,nik_pengurus,status,sejak\n${rows.join("\n")}\n`);
    const started = performance.now();
    const result = await importPeserta(database, systemActor, {
      path,
      partial: false,
      language: "id",
      rejectedPath: `${path}.ditolak.csv`,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `${target.name} ${name}: ${rows.length} rows in ${seconds.toFixed(2)} s (${Math.round(rows.length / seconds)} rows/s)`,
      JSON.stringify(result.changes),
    );
    expect(result.status).toBe("done");
    return result.changes.reduce(
      (s, c) => ({ created: s.created + c.created, transitioned: s.transitioned + c.transitioned }),
      { created: 0, transitioned: 0 },
    );
  };

  it("creates, re-imports without change, and moves enrolments set-based", async () => {
    const first = families.flatMap((f, i) => [
      `SEMBAKO,${f.no_kk},${f.nik},aktif,2024-01-01`,
      ...(i % 2 === 0 ? [`PKH,${f.no_kk},${f.nik},aktif,2024-01-01`] : []),
    ]);
    expect(await timed("baru", first)).toEqual({ created: first.length, transitioned: 0 });
    expect(await timed("ulang", first)).toEqual({ created: 0, transitioned: 0 });
    const moved = families.map(
      (f, i) => `SEMBAKO,${f.no_kk},${f.nik},${i % 3 === 0 ? "ditangguhkan" : "aktif"},2024-06-01`,
    );
    expect(await timed("tangguh", moved)).toEqual({
      created: 0,
      transitioned: Math.ceil(families.length / 3),
    });
  }, 1_200_000);
});
