import {
  maskNumber,
  memberOnDate,
  pkhEntitlement,
  type TMemberFieldChange,
  type TPkhComponentLine,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { computePkhStage } from "../src/programs/compute-pkh-stage.ts";
import { pkhRulesForStage } from "../src/programs/program-rule-store.ts";
import { anggotaHeader } from "../src/registry/synthetic/generate-anggota.ts";
import { systemActor } from "../src/scope/actor.ts";
import { syntheticRows } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const col = (row: readonly string[], name: (typeof anggotaHeader)[number]) =>
  row[anggotaHeader.indexOf(name)] ?? "";

/**
 * The stage computation's SQL and the core rule agree: generated families (the synthetic generator)
 * with generated histories (school changes, pregnancies, disabilities, deaths, on dates around every
 * stage, some without a date as imports record them), computed in bulk, then checked family by family
 * against core `memberOnDate` + `pkhEntitlement` and against the live explanation route.
 */
describe.each(dbTargets)("stage computation agrees with the core rule on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  const families = new Map<string, string>();

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", ["35.17.18"]);
    const rows = syntheticRows(600, 4242);
    const db = t.database.db;
    const heads = rows.filter((r) => col(r, "hubungan") === "kepala");
    await db.execute(
      sql`INSERT INTO keluarga (kab_code, no_kk, desa_code) VALUES ${sql.join(
        heads.map((r) => sql`('35.17', ${col(r, "no_kk")}, ${col(r, "kode_desa")})`),
        sql`, `,
      )}`,
    );
    await db.execute(sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir, pendidikan, disabilitas, hamil)
      VALUES ${sql.join(
        rows.map(
          (r) =>
            sql`('35.17', ${col(r, "nik")}, ${col(r, "no_kk")}, ${col(r, "kode_desa")}, ${col(r, "nama")}, ${col(r, "hubungan")},
                 ${col(r, "jenis_kelamin")}, ${col(r, "tanggal_lahir")}::date, ${col(r, "pendidikan")},
                 ${col(r, "disabilitas") === "ya"}, ${col(r, "hamil") === "ya"})`,
        ),
        sql`, `,
      )}`);
    // Histories: the generator picks members, fields, dates (or none) and earlier values.
    const eventArb = fc.record({
      member: fc.nat(rows.length - 1),
      field: fc.constantFrom("pendidikan", "hamil", "disabilitas", "status"),
      on: fc.option(
        fc.date({ min: new Date("2025-10-01"), max: new Date("2026-11-20"), noInvalidDate: true }),
        { nil: null, freq: 5 },
      ),
      pendidikan: fc.constantFrom(null, "SD", "SMP", "SMA", "S1"),
      flag: fc.constantFrom(null, true, false),
    });
    const events = fc.sample(eventArb, { numRuns: 400, seed: 20_261_125 });
    await db.execute(
      sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, occurred_on, data) VALUES ${sql.join(
        events.map((e) => {
          const r = rows[e.member] ?? [];
          const before = e.field === "pendidikan" ? e.pendidikan : e.field === "status" ? "aktif" : e.flag;
          const data = { changes: { [e.field]: { before, after: null } } };
          return sql`('35.17', 'uji', ${col(r, "no_kk")}, ${col(r, "nik")}, ${e.on ? e.on.toISOString().slice(0, 10) : null},
                   ${JSON.stringify(data)}::jsonb)`;
        }),
        sql`, `,
      )}`,
    );
    // The members whose status changed have left by now.
    await db.execute(sql`UPDATE anggota a SET status = 'meninggal' WHERE EXISTS (
      SELECT 1 FROM registry_event r WHERE r.nik = a.nik AND r.kind = 'uji' AND r.data->'changes' ? 'status')`);
    await db.execute(sql`INSERT INTO enrolment (kab_code, program_code, no_kk, desa_code, nik_pengurus, status, sejak)
      SELECT kab_code, 'PKH', no_kk, desa_code, '3517180000000000', 'aktif', '2020-01-01' FROM keluarga
      WHERE no_kk IN (${sql.join(
        heads.map((r) => sql`${col(r, "no_kk")}`),
        sql`, `,
      )})`);
    for (const [id, noKk] of await queryRows<{ id: string; no_kk: string }>(
      db,
      sql`SELECT id, no_kk FROM keluarga WHERE no_kk IN (${sql.join(
        heads.map((r) => sql`${col(r, "no_kk")}`),
        sql`, `,
      )})`,
    ).then((r) => r.map((x) => [x.id, x.no_kk] as const))) {
      families.set(noKk, id);
    }
  });

  it.each([1, 2, 3, 4])("stage %i of 2026", async (tahap) => {
    const db = t.database.db;
    const ref = { tahun: 2026, tahap };
    const result = await computePkhStage(db, systemActor, ref);
    expect(result.families).toBeGreaterThanOrEqual(families.size);
    const rules = await pkhRulesForStage(db, ref);
    const members = await queryRows<{
      no_kk: string;
      nik: string;
      tanggal_lahir: string;
      pendidikan: string | null;
      hamil: boolean | null;
      disabilitas: boolean | null;
      status: string;
    }>(
      db,
      sql`SELECT no_kk, nik, tanggal_lahir::text AS tanggal_lahir, pendidikan, hamil, disabilitas, status FROM anggota
          WHERE no_kk IN (${sql.join(
            [...families.keys()].map((k) => sql`${k}`),
            sql`, `,
          )})`,
    );
    const changes = await queryRows<{ nik: string; field: string; before: unknown; effective_on: string }>(
      db,
      sql`SELECT r.nik, c.key AS field, c.value -> 'before' AS before,
                 coalesce(r.occurred_on, ((r.recorded_at AT TIME ZONE 'UTC') + interval '9 hours')::date)::text AS effective_on
          FROM registry_event r CROSS JOIN LATERAL jsonb_each(r.data -> 'changes') c
          WHERE r.kind = 'uji'
          ORDER BY coalesce(r.occurred_on, ((r.recorded_at AT TIME ZONE 'UTC') + interval '9 hours')::date), r.recorded_at, r.id`,
    );
    const stored = new Map(
      (
        await queryRows<{ no_kk: string; nominal: string | number; komponen: TPkhComponentLine[] }>(
          db,
          sql`SELECT no_kk, nominal, komponen FROM pkh_entitlement WHERE tahun = 2026 AND tahap = ${tahap}`,
        )
      ).map((r) => [r.no_kk, r]),
    );
    let withComponents = 0;
    for (const noKk of families.keys()) {
      const expected = pkhEntitlement({
        members: members
          .filter((m) => m.no_kk === noKk)
          .map((m) =>
            memberOnDate(
              { ...m, tanggalLahir: m.tanggal_lahir },
              changes
                .map((c, seq): TMemberFieldChange & { nik: string } => ({
                  nik: c.nik,
                  field: c.field,
                  before: c.before,
                  effectiveOn: c.effective_on,
                  seq,
                }))
                .filter((c) => c.nik === m.nik),
              rules.tanggal,
            ),
          ),
        tanggal: rules.tanggal,
        indeks: rules.indeks,
        maks: rules.maks,
        stages: rules.jumlahTahap,
      });
      const row = stored.get(noKk);
      expect(row, noKk).toBeDefined();
      expect(Number(row?.nominal), noKk).toBe(expected.nominal);
      expect(row?.komponen, noKk).toEqual(expected.components);
      if (expected.components.length > 0) withComponents += 1;
    }
    // The data is varied enough to mean something.
    expect(withComponents).toBeGreaterThan(families.size / 3);
    // The live explanation says the same, for a sample of families.
    for (const [noKk, id] of [...families].slice(0, 12)) {
      const live = (
        await tksk.get(`/api/registry/families/${id}/entitlement?tahun=2026&tahap=${tahap}`)
      ).json();
      const row = stored.get(noKk);
      expect(live.nominal).toBe(Number(row?.nominal));
      expect(live.tersimpan.nominal).toBe(Number(row?.nominal));
      expect(live.components.map((c: TPkhComponentLine) => ({ ...c, nama: undefined }))).toEqual(
        (row?.komponen ?? []).map((c) => ({ ...c, nik: maskNumber(c.nik), nama: undefined })),
      );
    }
  });
});
