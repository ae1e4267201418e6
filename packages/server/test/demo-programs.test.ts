import { type SQL, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { DEMO_PASSWORD } from "../src/demo/demo-users.ts";
import { loadDemo } from "../src/demo/load-demo.ts";
import { loadDemoAid } from "../src/demo/load-demo-aid.ts";
import { loadDemoCaseload } from "../src/demo/load-demo-caseload.ts";
import { loadDemoPrograms } from "../src/demo/load-demo-programs.ts";
import { dbTargets } from "./db-targets.ts";
import { OWN_KEC as KECAMATAN } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import { TestClient } from "./test-client.ts";

const PSM01_DESA = "35.17.18.2001";

describe.each(dbTargets)("demo programmes, aid and caseload on $name", (target) => {
  const t = testAppForSuite(target);
  const count = (query: SQL) => t.count(query);

  beforeAll(async () => {
    await loadDemo(t.database);
  }, 240_000);

  it("enrols about 1,500 Sembako and 700 PKH families, most of them open, with their history", async () => {
    const sembako = await count(sql`SELECT count(*)::int AS n FROM enrolment WHERE program_code = 'SEMBAKO'`);
    const pkh = await count(sql`SELECT count(*)::int AS n FROM enrolment WHERE program_code = 'PKH'`);
    expect(sembako).toBeGreaterThanOrEqual(1_400);
    expect(sembako).toBeLessThanOrEqual(1_500);
    expect(pkh).toBeGreaterThanOrEqual(600);
    expect(pkh).toBeLessThanOrEqual(700);
    const statuses = await queryRows<{ status: string; n: number }>(
      t.database.db,
      sql`SELECT status, count(*)::int AS n FROM enrolment GROUP BY status`,
    );
    const of = (s: string) => statuses.find((r) => r.status === s)?.n ?? 0;
    expect(of("aktif")).toBeGreaterThan(1_900);
    expect(of("ditangguhkan")).toBeGreaterThan(10);
    expect(of("graduasi")).toBeGreaterThan(3);
    // Every enrolment starts as calon; every one that left aktif says why.
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enrolment e WHERE NOT EXISTS (
        SELECT 1 FROM enrolment_transition t WHERE t.enrolment_id = e.id AND t.from_status IS NULL AND t.to_status = 'calon')`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enrolment e WHERE e.status <> 'aktif' AND NOT EXISTS (
        SELECT 1 FROM enrolment_transition t WHERE t.enrolment_id = e.id AND t.to_status = e.status AND t.alasan <> '')`),
    ).toBe(0);
    // No family holds two open enrolments in one programme.
    expect(
      await count(sql`SELECT count(*)::int AS n FROM (
        SELECT kab_code, program_code, no_kk FROM enrolment WHERE status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan')
        GROUP BY 1, 2, 3 HAVING count(*) > 1) d`),
    ).toBe(0);
    // The card holder is the wife where the family has one.
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enrolment e
        JOIN anggota a ON a.kab_code = e.kab_code AND a.nik = e.nik_pengurus
        WHERE a.hubungan <> 'istri' AND EXISTS (
          SELECT 1 FROM anggota w WHERE w.kab_code = e.kab_code AND w.no_kk = e.no_kk AND w.hubungan = 'istri' AND w.status = 'aktif')`),
    ).toBe(0);
    expect(
      await count(sql`SELECT count(*)::int AS n FROM enrolment WHERE no_kks IS NULL OR bank IS NULL`),
    ).toBe(0);
  });

  it("records 200–300 gifts piled on some families, and assignments and map points", async () => {
    const gifts = await count(sql`SELECT count(*)::int AS n FROM bantuan_lain`);
    expect(gifts).toBeGreaterThanOrEqual(200);
    expect(gifts).toBeLessThanOrEqual(300);
    const families = await count(sql`SELECT count(DISTINCT no_kk)::int AS n FROM bantuan_lain`);
    expect(families).toBeLessThan(gifts / 1.5);
    expect(await count(sql`SELECT count(*)::int AS n FROM companion_desa`)).toBe(11 + 11 + 11);
    const pkhOpen = await count(
      sql`SELECT count(DISTINCT no_kk)::int AS n FROM enrolment WHERE program_code = 'PKH' AND status IN ('aktif', 'ditangguhkan')`,
    );
    expect(await count(sql`SELECT count(*)::int AS n FROM companion_family`)).toBe(pkhOpen);
    expect(
      await count(
        sql`SELECT count(*)::int AS n FROM wilayah_location WHERE code LIKE '35.17.18.%' AND sumber = 'demo'`,
      ),
    ).toBe(11);
  });

  it("adds nothing when loaded again", async () => {
    const audits = () => count(sql`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'demo.%'`);
    const before = await audits();
    expect(await audits()).toBeGreaterThanOrEqual(4);
    expect(await loadDemoPrograms(t.database.db)).toEqual({ enrolments: 0, transitions: 0 });
    expect(await loadDemoAid(t.database.db)).toEqual({ gifts: 0 });
    expect(await loadDemoCaseload(t.database.db)).toEqual({
      desaAssignments: 0,
      familyAssignments: 0,
      locations: 0,
    });
    expect((await loadDemo(t.database)).created).toBe(false);
    expect(await audits()).toBe(before);
  });

  it("shows, for a demo desa, eligible families of desil 1–4 with no aid, and families aid piles up on", async () => {
    const tksk = new TestClient(t.app);
    expect((await tksk.login("tksk", DEMO_PASSWORD)).statusCode).toBe(200);
    const response = await tksk.get(`/api/aid/overlap?desa=${KECAMATAN}.2003`);
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      piled: { sources: number }[];
      without: { desil: number | null; fakirMiskin: boolean }[];
    };
    expect(body.without.filter((f) => f.desil !== null && f.desil <= 4).length).toBeGreaterThan(5);
    expect(body.piled.some((f) => f.sources >= 3)).toBe(true);
    const summary = (await tksk.get("/api/aid/overlap/summary")).json() as { items: unknown[] };
    expect(summary.items).toHaveLength(11);
  });

  it("lets the PSM of one desa see only that desa's families", async () => {
    const psm = new TestClient(t.app);
    expect((await psm.login("psm01", DEMO_PASSWORD)).statusCode).toBe(200);
    const summary = (await psm.get("/api/aid/overlap/summary")).json() as {
      items: { desa: { code: string } }[];
    };
    expect(summary.items.map((i) => i.desa.code)).toEqual([PSM01_DESA]);
    const ledger = (await psm.get("/api/aid?limit=200")).json() as { items: { desa: { code: string } }[] };
    expect(ledger.items.length).toBeGreaterThan(0);
    expect(ledger.items.every((i) => i.desa.code === PSM01_DESA)).toBe(true);
    expect((await psm.get(`/api/aid/overlap?desa=${PSM01_DESA}`)).statusCode).toBe(200);
    expect((await psm.get(`/api/aid/overlap?desa=${KECAMATAN}.2002`)).statusCode).toBe(404);
    const [elsewhere] = await queryRows<{ id: string }>(
      t.database.db,
      sql`SELECT id FROM keluarga WHERE desa_code = ${`${KECAMATAN}.2002`} ORDER BY no_kk LIMIT 1`,
    );
    expect((await psm.get(`/api/registry/families/${elsewhere?.id}/aid`)).statusCode).toBe(404);
  });
});
