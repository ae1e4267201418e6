import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import type { TTestApp } from "../test-app.ts";
import {
  MISSING_ID,
  OTHER_KECAMATAN,
  OWN_KECAMATAN,
  type TCase,
  type TFixture,
  type TRouteSpec,
} from "./matrix-types.ts";

const OWN_DESA = `${OWN_KECAMATAN}.2005`;
const OTHER_DESA = `${OTHER_KECAMATAN}.2002`;
const desaOf = (c: TCase) => (c === "own" ? OWN_DESA : c === "other" ? OTHER_DESA : `${OWN_KECAMATAN}.2999`);

/** A finding in a desa, written directly (detection has its own tests); optionally owned by someone. */
async function makeFinding(t: TTestApp, desa: string, owner: string | null = null): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO anomali (kab_code, jenis, kunci, program_code, periode, desa_code, bukti, pemilik_id)
        VALUES ('35.17', 'kartu_tak_dikenal', ${randomUUID()}, 'SEMBAKO', '2025-03', ${desa},
                '{"jenis": "kartu_tak_dikenal", "jumlah": 0, "total": 0, "transaksi": []}'::jsonb, ${owner})
        RETURNING id`,
  );
  return row?.id ?? "";
}

/** One open finding in each place and the period detection needs, made once per app under test. */
const made = new WeakMap<TTestApp, Promise<Record<"own" | "other", string>>>();
const ready = new WeakMap<TTestApp, Record<"own" | "other", string>>();

function findingsOf(f: TFixture): Promise<Record<"own" | "other", string>> {
  let found = made.get(f.app);
  if (!found) {
    found = (async () => {
      await f.app.database.db.execute(
        sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
            VALUES ('SEMBAKO', '2025-03', '2025-03-01', '2025-03-31') ON CONFLICT DO NOTHING`,
      );
      const ids = { own: await makeFinding(f.app, OWN_DESA), other: await makeFinding(f.app, OTHER_DESA) };
      ready.set(f.app, ids);
      return ids;
    })();
    made.set(f.app, found);
  }
  return found;
}

const idOf = async (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : (await findingsOf(f))[c]);
const itemIds = (body: unknown) => (body as { items: { id: string }[] }).items.map((i) => i.id);

/** Anomalies in distribution (anomalies/anomaly-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/anomalies/detect": {
    send: async (c, k, f) => {
      await findingsOf(f);
      return c.post("/api/anomalies/detect", { program: "SEMBAKO", periode: "2025-03", wilayah: desaOf(k) });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/anomalies": {
    send: async (c, k, f) => {
      await findingsOf(f);
      return c.get(k === "missing" ? "/api/anomalies?periode=1999-01" : "/api/anomalies?limit=200");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => {
      const ids = ready.get(f.app);
      return k !== "missing" && ids !== undefined && itemIds(body).includes(ids[k]);
    },
  },
  "GET /api/anomalies/:id": {
    send: async (c, k, f) => c.get(`/api/anomalies/${await idOf(k, f)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/anomalies/:id/owners": {
    send: async (c, k, f) => c.get(`/api/anomalies/${await idOf(k, f)}/owners`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "PUT /api/anomalies/:id/owner": {
    // The caller itself: its role manages anomalies and its area covers the own desa.
    send: async (c, k, f, me) =>
      c.request("PUT", `/api/anomalies/${await idOf(k, f)}/owner`, { userId: me.id }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/anomalies/:id/resolve": {
    // A fresh finding owned by the caller each time: an owner may resolve it without anomaly.manage.
    send: async (c, k, f, me) => {
      const id = k === "own" ? await makeFinding(f.app, OWN_DESA, me.id) : await idOf(k, f);
      return c.post(`/api/anomalies/${id}/resolve`, { status: "ditangani", catatan: "Sedang diperiksa" });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
