import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { makeFamily } from "../factories/index.ts";
import type { TTestApp } from "../test-app.ts";
import { oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_KECAMATAN, OWN_KECAMATAN } from "./places.ts";

let serial = 0;

/**
 * Two members of one kecamatan and an open pair of them, written straight in. Each member has a birth date
 * of its own, so the scans the matrix starts never pair them with anything else.
 */
async function plantPair(app: TTestApp, kecamatan: string): Promise<string> {
  const digits = kecamatan.replaceAll(".", "");
  const niks: string[] = [];
  for (const desa of [`${kecamatan}.2001`, `${kecamatan}.2003`]) {
    serial += 1;
    const nik = `${digits}9${String(serial).padStart(9, "0")}`;
    const noKk = `${digits}8${String(serial).padStart(9, "0")}`;
    const born = new Date(Date.UTC(1950, 0, 1) + serial * 86_400_000).toISOString().slice(0, 10);
    await makeFamily(app.database.db, {
      desa,
      noKk,
      members: [{ nik, nama: `Matriksganda ${serial}`, tanggalLahir: born }],
    });
    niks.push(nik);
  }
  const [row] = await queryRows<{ id: string }>(
    app.database.db,
    sql`INSERT INTO duplicate_pair (kab_code, kind, kab_a, nik_a, kab_b, nik_b, score)
        VALUES ('35.17', 'mirip', '35.17', ${niks[0]}, '35.17', ${niks[1]}, 1) RETURNING id`,
  );
  return row?.id ?? "";
}

/** A pair in each place that stays open (made once per app), for the list and the refused decisions. */
const pairsOf = oncePerApp(async (f) => ({
  own: await plantPair(f.app, OWN_KECAMATAN),
  other: await plantPair(f.app, OTHER_KECAMATAN),
}));

const regionOf = (c: TCase) =>
  c === "own" ? OWN_KECAMATAN : c === "other" ? OTHER_KECAMATAN : `${OWN_KECAMATAN}.2999`;

export const matrix: Record<string, TRouteSpec> = {
  "POST /api/registry/duplicates/scan": {
    // other: a region outside the caller's area is refused; missing: a code that names no region.
    send: (c, k) => c.post("/api/registry/duplicates/scan", { wilayah: regionOf(k) }),
    allowed: { own: 202, other: 403, missing: 404 },
  },
  "GET /api/registry/duplicates": {
    send: async (c, k, f) => {
      await pairsOf(f);
      return c.get(`/api/registry/duplicates?wilayah=${regionOf(k)}&limit=100`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => {
      const ids = (body as { items: { id: string }[] }).items.map((i) => i.id);
      const planted = pairsOf.known(f);
      return k !== "missing" && planted !== undefined && ids.includes(planted[k]);
    },
  },
  "POST /api/registry/duplicates/:id/decision": {
    // own: a fresh open pair each time, since a decided pair cannot be decided again.
    send: async (c, k, f) => {
      const id =
        k === "own"
          ? await plantPair(f.app, OWN_KECAMATAN)
          : k === "other"
            ? (await pairsOf(f)).other
            : MISSING_ID;
      return c.post(`/api/registry/duplicates/${id}/decision`, { decision: "tolak" });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
