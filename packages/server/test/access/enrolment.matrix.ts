import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { makeEnrolment } from "../factories/index.ts";
import { familyIdOf, oncePerApp } from "./matrix-fixtures.ts";
import type { TFixture, TRouteSpec } from "./matrix-types.ts";
import { desaOf, MISSING_ID, OTHER_KECAMATAN, OWN_KECAMATAN } from "./places.ts";

/** One active PKH enrolment of each fixture family, made once per app under test. */
const enrolmentsOf = oncePerApp(async (f) => {
  const insert = async (family: TFixture["families"]["own"]) =>
    (
      await makeEnrolment(f.app.database.db, {
        program: "PKH",
        noKk: family.noKk,
        desa: family.desa,
        nikPengurus: family.nik,
        sejak: "2024-01-01",
      })
    ).id;
  return { own: await insert(f.families.own), other: await insert(f.families.other) };
});

/** The card holder of a fixture family (its head), and its open Sembako enrolments closed again. */
async function readyToEnrol(f: TFixture, familyId: string): Promise<string> {
  const db = f.app.database.db;
  const [head] = await queryRows<{ nik: string; no_kk: string }>(
    db,
    sql`SELECT a.nik, a.no_kk FROM keluarga k JOIN anggota a ON a.kab_code = k.kab_code AND a.no_kk = k.no_kk
        WHERE k.id = ${familyId} LIMIT 1`,
  );
  await db.execute(
    sql`UPDATE enrolment SET status = 'dihentikan' WHERE no_kk = ${head?.no_kk ?? ""} AND program_code = 'SEMBAKO'`,
  );
  return head?.nik ?? "3517180101800101";
}

/** A one-row `peserta` file for the caller's own area or another. */
function tinyPeserta(k: "own" | "other"): string {
  const kec = (k === "own" ? OWN_KECAMATAN : OTHER_KECAMATAN).replaceAll(".", "");
  const n = k === "own" ? "1" : "2";
  return `program,no_kk,nik_pengurus,status,sejak\nPBI,${kec}0101200${n}01,${kec}0101800${n}01,aktif,2024-01-01\n`;
}

export const matrix: Record<string, TRouteSpec> = {
  "GET /api/registry/families/:id/enrolments": {
    send: (c, k, f) => c.get(`/api/registry/families/${familyIdOf(k, f)}/enrolments`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/registry/families/:id/enrolments": {
    send: async (c, k, f) => {
      const nik = k === "missing" ? "3517180101800101" : await readyToEnrol(f, f.families[k].id);
      return c.post(`/api/registry/families/${familyIdOf(k, f)}/enrolments`, {
        programCode: "SEMBAKO",
        nikPengurus: nik,
        tanggal: "2024-01-01",
      });
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/enrolments/:id/transitions": {
    send: async (c, k, f) => {
      const ids = await enrolmentsOf(f);
      if (k === "own") {
        // Back to aktif, so each role's suspension is a change the table allows.
        await f.app.database.db.execute(
          sql`UPDATE enrolment SET status = 'aktif', sejak = '2024-01-01' WHERE id = ${ids.own}`,
        );
      }
      return c.post(
        `/api/enrolments/${k === "missing" ? MISSING_ID : ids[k]}/transitions`,
        { ke: "ditangguhkan", tanggal: "2024-02-01", alasanKode: "data_tidak_valid" },
        { "idempotency-key": crypto.randomUUID() },
      );
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/enrolments": {
    send: async (c, k, f) => {
      await enrolmentsOf(f);
      return c.get(`/api/enrolments?program=PKH&desa=${desaOf(k, "35.17.99.2001")}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) => k !== "missing" && (body as { items: unknown[] }).items.length > 0,
  },
  "POST /api/programs/imports": {
    send: (c, k) =>
      k === "missing"
        ? c.upload("/api/programs/imports", { field: "file", name: "kosong.txt", content: "" })
        : c.upload("/api/programs/imports", { field: "file", name: "peserta.csv", content: tinyPeserta(k) }),
    // An upload is accepted either way; rows outside the caller's area are refused by the job.
    allowed: { own: 202, other: 202, missing: 400 },
  },
};
