import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { makePeriod } from "../factories/index.ts";
import type { TTestApp } from "../test-app.ts";
import { itemIds, oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { desaOf, MISSING_ID, OTHER_DESA, OWN_DESA } from "./places.ts";

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
const findingsOf = oncePerApp(async (f) => {
  await makePeriod(f.app.database.db, "2025-03");
  return { own: await makeFinding(f.app, OWN_DESA), other: await makeFinding(f.app, OTHER_DESA) };
});

const idOf = async (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : (await findingsOf(f))[c]);

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
      const ids = findingsOf.known(f);
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
