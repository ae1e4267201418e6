import { sql } from "drizzle-orm";
import { oncePerApp } from "./matrix-fixtures.ts";
import type { TRouteSpec } from "./matrix-types.ts";
import { desaOf, MISSING_ID, OTHER_DESA, OWN_DESA } from "./places.ts";

/** Another kabupaten's local programme, and a computed stage in each place: made once per app. */
const prepare = oncePerApp(async (f) => {
  await f.app.database.db.execute(
    sql`INSERT INTO program (code, nama_id, nama_en, jenis, kab_code)
        VALUES ('MATRIKS_LAIN', 'Program Lain', 'Other programme', 'lokal', '35.16') ON CONFLICT DO NOTHING`,
  );
  for (const [desa, noKk] of [
    [OWN_DESA, "3517180101990001"],
    [OTHER_DESA, "3517170101990001"],
  ] as const) {
    await f.app.database.db.execute(
      sql`INSERT INTO pkh_entitlement (kab_code, tahun, tahap, no_kk, desa_code, tanggal, nominal, komponen)
          VALUES ('35.17', 2099, 1, ${noKk}, ${desa}, '2099-01-01', 750000, '[]'::jsonb) ON CONFLICT DO NOTHING`,
    );
  }
});

let made = 0;

/** Programme catalogue, rule versions and PKH entitlements (programs/program-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "GET /api/programs": {
    send: (c) => c.get("/api/programs"),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "POST /api/programs": {
    // own: a local programme of the caller's kabupaten; other: another kabupaten; missing: no such kabupaten.
    send: (c, k) => {
      made += 1;
      return c.post("/api/programs", {
        code: `MATRIKS_${made}_${Math.random().toString(36).slice(2, 6).toUpperCase()}`,
        namaId: "Bantuan Daerah Uji",
        namaEn: "Test local aid",
        kabCode: k === "own" ? "35.17" : k === "other" ? "35.16" : "99.99",
      });
    },
    allowed: { own: 201, other: 403, missing: 400 },
  },
  "GET /api/programs/:code/rules": {
    send: async (c, k, f) => {
      await prepare(f);
      return c.get(
        `/api/programs/${k === "own" ? "PKH" : k === "other" ? "MATRIKS_LAIN" : "TIDAKADA"}/rules`,
      );
    },
    allowed: { own: 200, other: 404, missing: 404 },
  },
  "POST /api/programs/:code/rules": {
    // own: a new version; other: a date that already has one; missing: no such programme.
    send: (c, k) => {
      made += 1;
      return c.post(`/api/programs/${k === "missing" ? "TIDAKADA" : "PKH"}/rules`, {
        rule: "pkh_batas_komponen",
        berlakuMulai: k === "other" ? "2021-01-01" : `${2100 - (made % 90)}-0${1 + (made % 9)}-1${made % 10}`,
        value: { maks: 4 },
      });
    },
    allowed: { own: 201, other: 409, missing: 404 },
  },
  "POST /api/programs/pkh/stages": {
    // A stage is computed over the caller's own scope, whichever it is; a stage that does not exist is refused.
    send: (c, k) => c.post("/api/programs/pkh/stages", { tahun: 2026, tahap: k === "missing" ? 7 : 1 }),
    allowed: { own: 200, other: 200, missing: 400 },
  },
  "GET /api/programs/pkh/stages/:tahun/:tahap": {
    send: async (c, _k, f) => {
      await prepare(f);
      return c.get("/api/programs/pkh/stages/2099/1");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { items: { desa: { code: string } }[] }).items.some(
        (i) => i.desa.code === desaOf(k, "35.17.99.2999"),
      ),
  },
  "GET /api/registry/families/:id/entitlement": {
    send: (c, k, f) =>
      c.get(
        `/api/registry/families/${k === "missing" ? MISSING_ID : f.families[k].id}/entitlement?tahun=2026&tahap=1`,
      ),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
