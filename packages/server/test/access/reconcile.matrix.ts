import { randomUUID } from "node:crypto";
import { reconcilePeriod } from "../../src/distribution/reconcile/reconcile-period.ts";
import { systemActor } from "../../src/scope/actor.ts";
import { listOnPaymentList, makePeriod } from "../factories/index.ts";
import { familyIdOf, oncePerApp } from "./matrix-fixtures.ts";
import type { TRouteSpec } from "./matrix-types.ts";
import { desaOf } from "./places.ts";

const PERIODE = "2026-01";

/** The period, both fixture families on its list, and one reconciliation; made once per app under test. */
const preparedOf = oncePerApp(async (f) => {
  const db = f.app.database.db;
  await makePeriod(db, PERIODE);
  for (const family of [f.families.own, f.families.other]) {
    await listOnPaymentList(db, {
      periode: PERIODE,
      noKk: family.noKk,
      desa: family.desa,
      nikPengurus: "3517000000000000",
      noKks: `5${family.noKk.slice(1)}`,
    });
  }
  await reconcilePeriod(f.app.database, systemActor, { periode: PERIODE });
});

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
