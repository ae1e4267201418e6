import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import type { TTestApp } from "../test-app.ts";
import { MISSING_ID, OTHER_KECAMATAN, OWN_KECAMATAN, type TCase, type TRouteSpec } from "./matrix-types.ts";

let serial = 0;

/**
 * Two members of one kecamatan and an open pair of them, put in by SQL. Each member has a birth date
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
    await app.database.db.execute(
      sql`INSERT INTO keluarga (kab_code, no_kk, desa_code) VALUES ('35.17', ${noKk}, ${desa})`,
    );
    await app.database.db.execute(
      sql`INSERT INTO anggota (kab_code, nik, no_kk, desa_code, nama, hubungan, jenis_kelamin, tanggal_lahir)
          VALUES ('35.17', ${nik}, ${noKk}, ${desa}, ${`Matriksganda ${serial}`}, 'kepala', 'L', ${born})`,
    );
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
const pairs = new WeakMap<TTestApp, Promise<Record<"own" | "other", string>>>();
const madePairs = new WeakMap<TTestApp, Record<"own" | "other", string>>();

function pairsOf(app: TTestApp): Promise<Record<"own" | "other", string>> {
  let made = pairs.get(app);
  if (!made) {
    made = (async () => {
      const ids = { own: await plantPair(app, OWN_KECAMATAN), other: await plantPair(app, OTHER_KECAMATAN) };
      madePairs.set(app, ids);
      return ids;
    })();
    pairs.set(app, made);
  }
  return made;
}

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
      await pairsOf(f.app);
      return c.get(`/api/registry/duplicates?wilayah=${regionOf(k)}&limit=100`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k, f) => {
      const ids = (body as { items: { id: string }[] }).items.map((i) => i.id);
      const planted = madePairs.get(f.app);
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
            ? (await pairsOf(f.app)).other
            : MISSING_ID;
      return c.post(`/api/registry/duplicates/${id}/decision`, { decision: "tolak" });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
