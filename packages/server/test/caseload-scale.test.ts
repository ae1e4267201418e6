import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA_2 as DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/** One full PKH caseload: the norm of 375 families (docs/domain.md). */
const FAMILIES = 375;

describe.each(dbTargets)("a full PKH caseload handed over on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient;
  let leaving: { id: string };
  let successor: TestClient & { userId: string };

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    leaving = await t.makeUser("pendamping_pkh", [DESA]);
    successor = await t.clientAs("pendamping_pkh", ["35.17.18.2005"]);
    // Families, heads and open PKH enrolments made set-wise; numbers are structurally plausible only.
    await t.database.db.execute(
      sql`INSERT INTO keluarga (kab_code, no_kk, desa_code, alamat)
          SELECT '35.17', '351718010120' || lpad(i::text, 4, '0'), ${DESA}, 'Dusun Krajan ' || i
          FROM generate_series(1, ${FAMILIES}) AS i`,
    );
    await t.database.db.execute(
      sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
          SELECT '35.17', '351718410180' || lpad(i::text, 4, '0'), '351718010120' || lpad(i::text, 4, '0'),
                 ${DESA}, 'Ibu Keluarga ' || i, 'kepala', 'P', '1980-01-01'
          FROM generate_series(1, ${FAMILIES}) AS i`,
    );
    await t.database.db.execute(
      sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
          SELECT '35.17', 'PKH', '351718010120' || lpad(i::text, 4, '0'), ${DESA},
                 '351718410180' || lpad(i::text, 4, '0'), 'aktif', '2025-01-01'
          FROM generate_series(1, ${FAMILIES}) AS i`,
    );
  });

  it("assigns the desa's families, hands them over in one transaction and prints one page each", async () => {
    const assigned = await dinsos.post("/api/caseload/families", {
      userId: leaving.id,
      mulai: "2026-01-01",
      desaCode: DESA,
    });
    expect(assigned.json()).toMatchObject({ added: FAMILIES });

    const handover = await dinsos.post("/api/caseload/handovers", {
      dari: leaving.id,
      ke: successor.userId,
      tanggal: "2026-07-01",
      alasan: "Pindah tugas",
    });
    expect(handover.statusCode, handover.body).toBe(201);
    const id = (handover.json() as { id: string }).id;
    const [moved] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM companion_family WHERE user_id = ${successor.userId} AND selesai IS NULL`,
    );
    expect(moved?.n).toBe(FAMILIES);

    const letters = await successor.get(`/api/caseload/handovers/${id}/letters.pdf`);
    expect(letters.statusCode).toBe(200);
    expect(letters.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(FAMILIES);
  });

  it("lists two thousand companions of two kabupaten, each against its own kabupaten's norm, in one query", async () => {
    const COMPANIONS = 2000;
    // Half in 35.17 (its own PKH norm of 300), half in 35.07 (the national 375); one desa scope each.
    await t.database.db.execute(
      sql`WITH u AS (
            INSERT INTO users (username, full_name, role, password_hash)
            SELECT 'skala-' || i, 'Pendamping Skala ' || i, 'pendamping_pkh', 'x'
            FROM generate_series(1, ${COMPANIONS}) AS i RETURNING id, username)
          INSERT INTO user_scope (user_id, wilayah_code)
          SELECT id, CASE WHEN split_part(username, '-', 2)::int % 2 = 0 THEN '35.17.18.2001' ELSE '35.07.01.2001' END
          FROM u`,
    );
    const admin = await t.clientAs("admin", ["ID"]);
    expect(
      (
        await admin.request("PUT", "/api/caseload/norms", {
          kabCode: "35.17",
          norms: [{ role: "pendamping_pkh", norma: 300 }],
        })
      ).statusCode,
    ).toBe(200);
    const list = await admin.get("/api/caseload/companions?role=pendamping_pkh");
    expect(list.statusCode).toBe(200);
    const items = (
      list.json() as { items: { username: string; norma: number; normaFrom: string }[] }
    ).items.filter((i) => i.username.startsWith("skala-"));
    expect(items).toHaveLength(COMPANIONS);
    for (const item of items) {
      const even = Number(item.username.split("-")[1]) % 2 === 0;
      expect(item).toMatchObject(even ? { norma: 300, normaFrom: "35.17" } : { norma: 375, normaFrom: "ID" });
    }
  });
});
