import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { folderBlobStore } from "../../src/storage/blob-store.ts";
import { makeAgent, makePeriod } from "../factories/index.ts";
import type { TTestApp } from "../test-app.ts";
import { oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OTHER_KECAMATAN, OWN_DESA, OWN_KECAMATAN } from "./places.ts";

const PERIODE = "2025-02";
const DESA = { own: OWN_DESA, other: OTHER_DESA } as const;
/** A WebP header in plain ASCII, so the test client's text upload carries it unchanged. */
const WEBP = "RIFF0000WEBPVP8 matriks";

interface TMonitoringFixture {
  /** One checklist in each place, with an open follow-up and a photo. */
  checklists: Record<"own" | "other", string>;
}

async function addAgent(t: TTestApp, place: "own" | "other"): Promise<string> {
  const idAgen = `MX-${randomUUID().slice(0, 8)}`;
  await makeAgent(t.database.db, { idAgen, nama: "e-Warong Matriks", desa: DESA[place], bank: "BRI" });
  return idAgen;
}

/** A checklist written by SQL, the harga aspect unmet with an open follow-up. */
async function addChecklist(t: TTestApp, place: "own" | "other", photo?: string): Promise<string> {
  const idAgen = await addAgent(t, place);
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO monitoring_6t (kab_code, program_code, periode, id_agen, desa_code, tanggal, skor, petugas_id)
        VALUES ('35.17', 'SEMBAKO', ${PERIODE}, ${idAgen}, ${DESA[place]}, '2025-02-20', 5, ${MISSING_ID}) RETURNING id`,
  );
  const id = row?.id ?? "";
  await t.database.db.execute(
    sql`INSERT INTO monitoring_6t_aspek (kab_code, monitoring_id, aspek, sesuai, temuan, tindak_lanjut, tindak_lanjut_status, foto_key)
        SELECT '35.17', ${id}::uuid, a, a <> 'harga', CASE WHEN a = 'harga' THEN 'Di atas HET' END,
               CASE WHEN a = 'harga' THEN 'Teguran' END, CASE WHEN a = 'harga' THEN 'terbuka' END,
               CASE WHEN a = 'harga' THEN ${photo ?? null}::text END
        FROM unnest(ARRAY['sasaran', 'jumlah', 'harga', 'mutu', 'waktu', 'administrasi']) AS a`,
  );
  return id;
}

const fixtureOf = oncePerApp(async (f): Promise<TMonitoringFixture> => {
  const t = f.app;
  await makePeriod(t.database.db, PERIODE);
  const blobs = folderBlobStore(join(t.config.dataDir, "blobs"));
  const checklists = { own: "", other: "" };
  for (const place of ["own", "other"] as const) {
    const key = `monitoring/matrix/${place}.webp`;
    await blobs.put(key, Readable.from([Buffer.from(WEBP)]));
    checklists[place] = await addChecklist(t, place, key);
  }
  return { checklists };
});

const idOf = async (c: TCase, f: TFixture) =>
  c === "missing" ? MISSING_ID : (await fixtureOf(f)).checklists[c];
const aspects = ["sasaran", "jumlah", "harga", "mutu", "waktu", "administrasi"].map((aspek) =>
  aspek === "harga"
    ? { aspek, sesuai: false, temuan: "Di atas HET", tindakLanjut: "Teguran" }
    : { aspek, sesuai: true },
);
const kecamatanCodes = (body: unknown) =>
  (body as { items: { kecamatan: { code: string } }[] }).items.map((i) => i.kecamatan.code);

/** 6T monitoring (monitoring/monitoring-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/monitoring": {
    send: async (c, k, f) => {
      await fixtureOf(f);
      // A fresh agent per call: a second checklist for one agent and period is a conflict, not an access case.
      const idAgen = k === "missing" ? "MX-TIDAK-ADA" : await addAgent(f.app, k);
      return c.post("/api/monitoring", {
        program: "SEMBAKO",
        periode: PERIODE,
        idAgen,
        tanggal: "2025-02-21",
        aspek: aspects,
      });
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/monitoring": {
    send: async (c, k, f) => {
      await fixtureOf(f);
      return c.get(`/api/monitoring?periode=${PERIODE}${k === "missing" ? "&kecamatan=35.17.99" : ""}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { items: { agen: { desa: { code: string } } }[] }).items.some(
        (i) => k !== "missing" && i.agen.desa.code === DESA[k],
      ),
  },
  "GET /api/monitoring/summary": {
    send: async (c, _k, f) => {
      await fixtureOf(f);
      return c.get(`/api/monitoring/summary?periode=${PERIODE}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      kecamatanCodes(body).includes(
        k === "own" ? OWN_KECAMATAN : k === "other" ? OTHER_KECAMATAN : "35.17.99",
      ),
  },
  "GET /api/monitoring/follow-ups": {
    send: async (c, _k, f) => {
      await fixtureOf(f);
      return c.get("/api/monitoring/follow-ups?status=terbuka");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      k !== "missing" &&
      (body as { items: { agen: { desa: { code: string } } }[] }).items.some(
        (i) => i.agen.desa.code === DESA[k],
      ),
  },
  "GET /api/monitoring/:id": {
    send: async (c, k, f) => c.get(`/api/monitoring/${await idOf(k, f)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "PUT /api/monitoring/:id": {
    send: async (c, k, f) =>
      c.request("PUT", `/api/monitoring/${await idOf(k, f)}`, { tanggal: "2025-02-22", aspek: aspects }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/monitoring/:id/aspek/:aspek/tutup": {
    send: async (c, k, f) => {
      await fixtureOf(f);
      // A fresh open follow-up per call: closing one twice is a conflict, not an access case.
      const id =
        k === "missing" ? MISSING_ID : k === "own" ? await addChecklist(f.app, "own") : await idOf(k, f);
      return c.post(`/api/monitoring/${id}/aspek/harga/tutup`, { catatan: "Sudah diperbaiki" });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/monitoring/:id/aspek/:aspek/foto": {
    send: async (c, k, f) =>
      c.upload(`/api/monitoring/${await idOf(k, f)}/aspek/mutu/foto`, {
        field: "foto",
        name: "foto.webp",
        content: WEBP,
      }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/monitoring/:id/aspek/:aspek/foto": {
    send: async (c, k, f) => c.get(`/api/monitoring/${await idOf(k, f)}/aspek/harga/foto`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
