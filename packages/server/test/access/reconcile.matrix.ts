import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { reconcilePeriod } from "../../src/distribution/reconcile/reconcile-period.ts";
import { systemActor } from "../../src/scope/actor.ts";
import type { TTestApp } from "../test-app.ts";
import {
  MISSING_ID,
  OTHER_KECAMATAN,
  OWN_KECAMATAN,
  type TCase,
  type TFixture,
  type TRouteSpec,
} from "./matrix-types.ts";

const PERIODE = "2026-01";

/** The period, both fixture families on its list, and one reconciliation; made once per app under test. */
const prepared = new WeakMap<TTestApp, Promise<void>>();

function preparedOf(f: TFixture): Promise<void> {
  let made = prepared.get(f.app);
  if (!made) {
    made = (async () => {
      const db = f.app.database.db;
      await db.execute(
        sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
            VALUES ('SEMBAKO', ${PERIODE}, '2026-01-01', '2026-01-31')`,
      );
      for (const family of [f.families.own, f.families.other]) {
        await db.execute(
          sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
              SELECT kab_code, 'SEMBAKO', ${PERIODE}, no_kk, desa_code, '3517000000000000', 200000,
                     '5' || substr(no_kk, 2), 'BNI'
              FROM keluarga WHERE id = ${family.id}`,
        );
      }
      await reconcilePeriod(f.app.database, systemActor, { periode: PERIODE });
    })();
    prepared.set(f.app, made);
  }
  return made;
}

/** The fixture families' desa, and one that does not exist. */
const desaOf = (c: TCase) =>
  c === "own" ? `${OWN_KECAMATAN}.2005` : c === "other" ? `${OTHER_KECAMATAN}.2002` : `${OWN_KECAMATAN}.2999`;
const familyIdOf = (c: TCase, f: TFixture) => (c === "missing" ? MISSING_ID : f.families[c].id);

/** Reconciliation, the realisasi report and field reasons (distribution/reconcile/reconcile-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/distribution/reconcile": {
    send: async (c, k, f) => {
      await preparedOf(f);
      return c.post("/api/distribution/reconcile", { periode: PERIODE, wilayah: desaOf(k) });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/realisasi": {
    send: async (c, k, f) => {
      await preparedOf(f);
      // The missing case asks for a period nobody reconciled.
      return c.get(`/api/distribution/realisasi?periode=${k === "missing" ? "2026-03" : PERIODE}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { rows: { desa: { code: string } }[] }).rows.some((r) => r.desa.code === desaOf(k)),
  },
  "GET /api/distribution/realisasi/families": {
    send: async (c, k, f) => {
      await preparedOf(f);
      return c.get(`/api/distribution/realisasi/families?periode=${PERIODE}&desa=${desaOf(k)}`);
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/realisasi/export": {
    send: async (c, k, f) => {
      await preparedOf(f);
      return c.get(`/api/distribution/realisasi/export?periode=${PERIODE}&format=csv&wilayah=${desaOf(k)}`);
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/distribution/reasons": {
    send: async (c, k, f) => {
      await preparedOf(f);
      return c.post(
        "/api/distribution/reasons",
        { periode: PERIODE, familyId: familyIdOf(k, f), alasan: "tidak_hadir" },
        { "idempotency-key": randomUUID() },
      );
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
};
