import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { NO_ACTOR } from "../factories/index.ts";
import { familyIdOf, oncePerApp } from "./matrix-fixtures.ts";
import type { TRouteSpec } from "./matrix-types.ts";
import { desaOf } from "./places.ts";

/** One gift to each fixture family, made once per app under test. */
const giftsOf = oncePerApp(async (f) => {
  for (const family of [f.families.own, f.families.other]) {
    await f.app.database.db.execute(
      sql`INSERT INTO bantuan_lain (kab_code, no_kk, desa_code, jenis_pemberi, pemberi, bentuk, nilai, tanggal, recorded_by)
          VALUES ('35.17', ${family.noKk}, ${family.desa}, 'masjid', 'Masjid Matriks', 'sembako', 100000, '2025-01-01',
                  ${NO_ACTOR})`,
    );
  }
});

const familyIds = (body: unknown) => (body as { items: { familyId: string }[] }).items.map((i) => i.familyId);

/** Non-government aid and the overlap view (programs/aid-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/registry/families/:id/aid": {
    send: (c, k, f) =>
      c.post(
        `/api/registry/families/${familyIdOf(k, f)}/aid`,
        {
          jenisPemberi: "perorangan",
          pemberi: "Pak Haji Matriks",
          bentuk: "uang",
          nilai: 50000,
          tanggal: "2025-02-01",
        },
        { "idempotency-key": randomUUID() },
      ),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/registry/families/:id/aid": {
    send: (c, k, f) => c.get(`/api/registry/families/${familyIdOf(k, f)}/aid`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/aid": {
    send: async (c, k, f) => {
      await giftsOf(f);
      return c.get(k === "missing" ? `/api/aid?desa=${desaOf(k)}` : "/api/aid?limit=200");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => k !== "missing" && familyIds(body).includes(f.families[k].id),
  },
  "GET /api/aid/overlap": {
    send: (c, k) => c.get(`/api/aid/overlap?desa=${desaOf(k)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/aid/overlap/summary": {
    send: (c) => c.get("/api/aid/overlap/summary"),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { items: { desa: { code: string } }[] }).items.some((i) => i.desa.code === desaOf(k)),
  },
  "GET /api/aid/overlap/export": {
    send: (c, k) => c.get(`/api/aid/overlap/export?desa=${desaOf(k)}&format=csv`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
