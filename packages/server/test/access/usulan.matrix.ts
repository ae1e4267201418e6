import { join } from "node:path";
import { Readable } from "node:stream";
import type { TUsulanStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { folderBlobStore } from "../../src/storage/blob-store.ts";
import { MUSDES_DATE } from "../usulan-fixture.ts";
import { itemIds, oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OWN_DESA, OWN_KECAMATAN } from "./places.ts";

/** DTKS proposals (registry/usulan): every step is scoped by the proposal's desa. */
const PDF = "%PDF-1.4\n% berita acara musdes\n";

/** A proposal of the fixture's PSM, inserted in the status a step needs (the API path is tested elsewhere). */
async function insertUsulan(
  f: TFixture,
  desa: string,
  status: TUsulanStatus,
  minutesKey: string | null = null,
) {
  const [row] = await queryRows<{ id: string }>(
    f.app.database.db,
    sql`INSERT INTO usulan (kab_code, kind, desa_code, data, status, proposed_by, musdes_date, musdes_minutes_key)
        VALUES ('35.17', 'ubah', ${desa}, '{"desil": 2}'::jsonb, ${status},
                ${desa === OWN_DESA ? f.own.id : f.other.id}, ${minutesKey ? "2025-01-01" : null}, ${minutesKey})
        RETURNING id`,
  );
  return row?.id ?? "";
}

/** One proposal with minutes in each place, made once per app and read back by `listed`. */
const fixtureUsulan = oncePerApp(async (f) => {
  const key = "usulan/berita-acara/matriks.pdf";
  await folderBlobStore(join(f.app.config.dataDir, "blobs")).put(key, Readable.from([PDF]));
  return {
    own: await insertUsulan(f, OWN_DESA, "musdes", key),
    other: await insertUsulan(f, OTHER_DESA, "musdes", key),
  };
});

/** The id a step is sent to: a fresh proposal in `status` for the own case (each call consumes one). */
async function stepTarget(f: TFixture, k: TCase, status: TUsulanStatus): Promise<string> {
  if (k === "missing") return MISSING_ID;
  if (k === "own") return insertUsulan(f, OWN_DESA, status);
  return (await fixtureUsulan(f)).other;
}

export const matrix: Record<string, TRouteSpec> = {
  "POST /api/usulan": {
    send: (c, k, f) =>
      c.post("/api/usulan", {
        kind: "ubah",
        desaCode: k === "other" ? OTHER_DESA : OWN_DESA,
        familyId: k === "missing" ? MISSING_ID : f.families[k].id,
        data: { desil: 2 },
      }),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/usulan": {
    send: async (c, k, f) => {
      await fixtureUsulan(f);
      const region = k === "own" ? OWN_DESA : k === "other" ? OTHER_DESA : `${OWN_KECAMATAN}.2999`;
      return c.get(`/api/usulan?wilayah=${region}&status=musdes&limit=200`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => {
      const fixture = fixtureUsulan.known(f);
      return k !== "missing" && fixture !== undefined && itemIds(body).includes(fixture[k]);
    },
  },
  "GET /api/usulan/export": {
    send: (c, k) =>
      c.get(`/api/usulan/export?status=musdes&format=csv&wilayah=${k === "other" ? OTHER_DESA : OWN_DESA}`),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "GET /api/usulan/:id": {
    send: async (c, k, f) =>
      c.get(`/api/usulan/${k === "missing" ? MISSING_ID : (await fixtureUsulan(f))[k]}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/usulan/:id/berita-acara": {
    send: async (c, k, f) =>
      c.get(`/api/usulan/${k === "missing" ? MISSING_ID : (await fixtureUsulan(f))[k]}/berita-acara`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/usulan/:id/musdes": {
    send: async (c, k, f) =>
      c.upload(
        `/api/usulan/${await stepTarget(f, k, "diusulkan")}/musdes`,
        { field: "berita_acara", name: "berita-acara.pdf", content: PDF },
        { tanggal: MUSDES_DATE },
      ),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/usulan/:id/verval": {
    send: async (c, k, f) =>
      c.post(`/api/usulan/${await stepTarget(f, k, "musdes")}/verval`, { hasil: "sesuai", note: "dicek" }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/usulan/:id/keputusan": {
    send: async (c, k, f) =>
      c.post(`/api/usulan/${await stepTarget(f, k, "verval")}/keputusan`, { keputusan: "setuju" }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
