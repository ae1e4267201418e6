import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { NO_ACTOR } from "../factories/index.ts";
import { itemIds, oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OTHER_KECAMATAN, OWN_DESA, OWN_KECAMATAN } from "./places.ts";

/** One register entry in each place, made once per app under test. */
const entriesOf = oncePerApp(async (f) => {
  const insert = async (kecamatan: string, desa: string, nama: string) => {
    const [row] = await queryRows<{ id: string }>(
      f.app.database.db,
      sql`INSERT INTO social_register (kab_code, register, kategori_kode, kecamatan_code, desa_code, nama, recorded_by)
          VALUES ('35.17', 'pmks', 24, ${kecamatan}, ${desa}, ${nama}, ${NO_ACTOR})
          RETURNING id`,
    );
    return row?.id ?? "";
  };
  return {
    own: await insert(OWN_KECAMATAN, OWN_DESA, "Matrikssendiri Gamma"),
    other: await insert(OTHER_KECAMATAN, OTHER_DESA, "Matrikslain Delta"),
  };
});

const kecamatanOf = (c: TCase) =>
  c === "own" ? OWN_KECAMATAN : c === "other" ? OTHER_KECAMATAN : "35.17.99";
const entryIdOf = async (f: TFixture, c: TCase) => (c === "missing" ? MISSING_ID : (await entriesOf(f))[c]);
let versions = 0;

export const matrix: Record<string, TRouteSpec> = {
  "GET /api/social/categories": {
    // Reference data: the same for everyone who may read registers; before 2012 nothing is in force.
    send: (c, k) => c.get(`/api/social/categories?register=pmks${k === "missing" ? "&on=2000-01-01" : ""}`),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "POST /api/social/categories": {
    // own: a new version; other: a version that already exists; missing: one dated before the latest.
    send: (c, k) => {
      versions += 1;
      const berlakuMulai =
        k === "own" ? `${2100 + versions}-01-01` : k === "other" ? "2012-01-01" : "2000-01-01";
      return c.post("/api/social/categories", {
        register: "pmks",
        kode: 1,
        berlakuMulai,
        nama: "Uji",
        aktif: true,
      });
    },
    allowed: { own: 201, other: 409, missing: 400 },
  },
  "GET /api/social/register": {
    send: async (c, k, f) => {
      await entriesOf(f);
      return c.get(`/api/social/register?kecamatan=${kecamatanOf(k)}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) => k !== "missing" && itemIds(body).length > 0,
  },
  "GET /api/social/register/summary": {
    send: async (c, k, f) => {
      await entriesOf(f);
      return c.get(`/api/social/register/summary?kecamatan=${kecamatanOf(k)}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { items: { kecamatan: { code: string } }[] }).items.some(
        (i) => i.kecamatan.code === kecamatanOf(k),
      ),
  },
  "GET /api/social/register/:id": {
    send: async (c, k, f) => c.get(`/api/social/register/${await entryIdOf(f, k)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/social/register": {
    // own: a kecamatan-wide entry of the caller's kecamatan; other: outside it; missing: no such kecamatan.
    send: (c, k) =>
      c.post("/api/social/register", {
        register: "psks",
        kategoriKode: 5,
        kecamatanCode: kecamatanOf(k),
        nama: "Karang Taruna Uji",
      }),
    allowed: { own: 201, other: 403, missing: 400 },
  },
  "PATCH /api/social/register/:id": {
    send: async (c, k, f) =>
      c.patch(`/api/social/register/${await entryIdOf(f, k)}`, { keterangan: `diperiksa ${Date.now()}` }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
