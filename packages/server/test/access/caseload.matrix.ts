import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import type { TTestApp } from "../test-app.ts";
import { oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OTHER_KECAMATAN, OWN_DESA, OWN_KECAMATAN } from "./places.ts";

const KEY = { "idempotency-key": "0d9f6a8e-3c1b-4f7a-9e2d-5b6c7d8e9f01" };

/** A PKH companion of the callers' kecamatan, made once per app under test. */
const pkhCompanion = oncePerApp(async (f) => (await f.app.makeUser("pendamping_pkh", [OWN_DESA])).id);

/** A handover naming the caller as successor (own), or one between two companions of another kecamatan. */
const handovers = new WeakMap<TTestApp, Map<string, Promise<string>>>();
function handoverFor(f: TFixture, c: TCase, me: { id: string }): Promise<string> {
  if (c === "missing") return Promise.resolve(MISSING_ID);
  const app = f.app;
  const byCaller = handovers.get(app) ?? new Map<string, Promise<string>>();
  handovers.set(app, byCaller);
  const key = c === "own" ? me.id : "other";
  let made = byCaller.get(key);
  if (!made) {
    made = (async () => {
      const to = c === "own" ? me.id : (await app.makeUser("psm", [`${OTHER_KECAMATAN}.2003`])).id;
      const family = f.families[c].id;
      const [row] = await queryRows<{ id: string }>(
        app.database.db,
        sql`WITH h AS (
              INSERT INTO handover (kab_code, from_user_id, to_user_id, tanggal, alasan, created_by)
              VALUES ('35.17', ${f[c].id}, ${to}, '2026-01-01', 'Uji matriks', ${f[c].id}) RETURNING id)
            INSERT INTO handover_family (kab_code, handover_id, no_kk, desa_code)
            SELECT '35.17', h.id, k.no_kk, k.desa_code FROM h, keluarga k WHERE k.id = ${family}
            RETURNING handover_id AS id`,
      );
      return row?.id ?? "";
    })();
    byCaller.set(key, made);
  }
  return made;
}

/** A fresh open desa assignment in each place (each case ends one). */
async function desaAssignment(app: TTestApp, c: TCase): Promise<string> {
  if (c === "missing") return MISSING_ID;
  const [row] = await queryRows<{ id: string }>(
    app.database.db,
    sql`INSERT INTO companion_desa (kab_code, user_id, desa_code, mulai)
        VALUES ('35.17', gen_random_uuid(), ${c === "own" ? OWN_DESA : OTHER_DESA}, '2026-01-01') RETURNING id`,
  );
  return row?.id ?? "";
}

const userOf = (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : f[c].id);
const read = { own: 200, other: 200, missing: 200 };

export const matrix: Record<string, TRouteSpec> = {
  "GET /api/caseload/companions": { send: (c) => c.get("/api/caseload/companions"), allowed: read },
  "GET /api/caseload/companions/:userId": {
    // Everyone may open its own caseload; a user of another kecamatan is out of every caller's scope here.
    send: (c, k, f, me) => c.get(`/api/caseload/companions/${k === "own" ? me.id : userOf(k, f)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/caseload/me": { send: (c) => c.get("/api/caseload/me"), allowed: read },
  "POST /api/caseload/desa": {
    send: (c, k, f) =>
      c.post("/api/caseload/desa", { userId: userOf(k, f), desaCodes: [OWN_DESA], mulai: "2026-01-01" }),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "PATCH /api/caseload/desa/:id": {
    send: async (c, k, f) =>
      c.patch(`/api/caseload/desa/${await desaAssignment(f.app, k)}`, { selesai: "2026-02-01" }),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/caseload/families": {
    send: async (c, k, f) =>
      c.post("/api/caseload/families", {
        userId: k === "own" ? await pkhCompanion(f) : userOf(k, f),
        familyIds: [f.families.own.id],
        mulai: "2026-01-01",
      }),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/caseload/norms": { send: (c) => c.get("/api/caseload/norms"), allowed: read },
  "PUT /api/caseload/norms": {
    // own: the callers' kabupaten, which their one-kecamatan scope does not hold whole, so its norm is
    // beyond them; other: another kabupaten (audited); missing: a kabupaten that does not exist.
    send: (c, k) =>
      c.request("PUT", "/api/caseload/norms", {
        kabCode: k === "own" ? "35.17" : k === "other" ? "35.07" : "99.99",
        norms: [{ role: "psm", norma: 1 }],
      }),
    allowed: { own: 404, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/caseload/map": { send: (c) => c.get("/api/caseload/map"), allowed: read },
  "GET /api/caseload/map/tiles": { send: (c) => c.get("/api/caseload/map/tiles"), allowed: read },
  "GET /api/caseload/handovers": { send: (c) => c.get("/api/caseload/handovers"), allowed: read },
  "POST /api/caseload/handovers": {
    send: async (c, k, f) => {
      let dari = userOf(k, f);
      let ke = f.own.id;
      if (k === "own") {
        // A fresh pair each time: the departing PSM serves one desa.
        dari = (await f.app.makeUser("psm", [OWN_DESA])).id;
        ke = (await f.app.makeUser("psm", [`${OWN_KECAMATAN}.2006`])).id;
        await f.app.database.db.execute(
          sql`INSERT INTO companion_desa (kab_code, user_id, desa_code, mulai) VALUES ('35.17', ${dari}, ${OWN_DESA}, '2026-01-01')`,
        );
      }
      return c.post("/api/caseload/handovers", { dari, ke, tanggal: "2026-03-01", alasan: "Pindah tugas" });
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/caseload/handovers/:id": {
    send: async (c, k, f, me) => c.get(`/api/caseload/handovers/${await handoverFor(f, k, me)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/caseload/handovers/:id/letters.pdf": {
    send: async (c, k, f, me) => c.get(`/api/caseload/handovers/${await handoverFor(f, k, me)}/letters.pdf`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/caseload/handovers/:id/families/:familyId/informed": {
    send: async (c, k, f, me) =>
      c.post(
        `/api/caseload/handovers/${await handoverFor(f, k, me)}/families/${k === "missing" ? MISSING_ID : f.families[k].id}/informed`,
        { cara: "kunjungan" },
        KEY,
      ),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
