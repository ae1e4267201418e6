import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import {
  kecamatanDigits,
  listOnPaymentList,
  makeAgent,
  makeFamily,
  makePeriod,
  NO_ACTOR,
} from "../factories/index.ts";
import type { TTestApp } from "../test-app.ts";
import { oncePerApp, oncePerAppAndUser } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OWN_DESA } from "./places.ts";

const PERIODE = "2025-01";
let serial = 0;

/** A family listed on the period's payment list in a desa, new for each call (so each POST has one to take). */
async function listedFamily(t: TTestApp, desa: string): Promise<{ id: string; noKk: string }> {
  serial += 1;
  const noKk = `${kecamatanDigits(desa)}99${String(serial).padStart(8, "0")}`;
  const { id } = await makeFamily(t.database.db, { desa, noKk, members: [] });
  await listOnPaymentList(t.database.db, {
    periode: PERIODE,
    noKk,
    desa,
    nikPengurus: noKk,
    noKks: `5264${noKk.slice(-12)}`,
  });
  return { id, noKk };
}

/** A day at an agent with one family, written directly. */
async function dayAt(t: TTestApp, idAgen: string, desa: string): Promise<string> {
  const { noKk } = await listedFamily(t, desa);
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO jadwal_penyaluran (kab_code, program_code, periode, id_agen, desa_code, tanggal, jam_mulai, jam_selesai, created_by)
        VALUES ('35.17', 'SEMBAKO', ${PERIODE}, ${idAgen}, ${desa}, '2025-01-15', '08:00', '12:00',
                ${NO_ACTOR})
        RETURNING id`,
  );
  await t.database.db.execute(
    sql`INSERT INTO jadwal_keluarga (kab_code, jadwal_id, program_code, periode, no_kk)
        VALUES ('35.17', ${row?.id}, 'SEMBAKO', ${PERIODE}, ${noKk})`,
  );
  return row?.id ?? "";
}

/** Per app: the period, and an agent with a day in the other kecamatan. */
const sharedOf = oncePerApp(async (f) => {
  await makePeriod(f.app.database.db, PERIODE);
  await makeAgent(f.app.database.db, { idAgen: "MX-LAIN", nama: "e-Warong Lain", desa: OTHER_DESA });
  return { otherDay: await dayAt(f.app, "MX-LAIN", OTHER_DESA) };
});

/** Per app and calling user: an agent of the own desa linked to that user (an `agen` sees only it) and its day. */
const ownOf = oncePerAppAndUser(async (f, userId) => {
  await sharedOf(f);
  const idAgen = `MX-${userId.slice(0, 8)}`;
  await makeAgent(f.app.database.db, { idAgen, nama: "e-Warong Matriks", desa: OWN_DESA, userId });
  return { idAgen, day: await dayAt(f.app, idAgen, OWN_DESA) };
});

async function dayOf(c: TCase, f: TFixture, me: { id: string }): Promise<string> {
  if (c === "missing") return MISSING_ID;
  if (c === "other") return (await sharedOf(f)).otherDay;
  return (await ownOf(f, me.id)).day;
}

const desasListed = (body: unknown) =>
  (body as { items: { desa: { code: string } }[] }).items.map((i) => i.desa.code);
const listedIn = (body: unknown, c: TCase) =>
  c === "missing" ? false : desasListed(body).includes(c === "own" ? OWN_DESA : OTHER_DESA);

/** The distribution schedule (distribution/schedule/schedule-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "GET /api/distribution/schedules": {
    send: async (c, k, f, me) => {
      await ownOf(f, me.id);
      return c.get(
        `/api/distribution/schedules?periode=${PERIODE}${k === "missing" ? "&idAgen=TIDAK-ADA" : ""}`,
      );
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: listedIn,
  },
  "GET /api/distribution/schedules/agents": {
    send: async (c, k, f, me) => {
      await ownOf(f, me.id);
      return c.get(`/api/distribution/schedules/agents?periode=${k === "missing" ? "2024-12" : PERIODE}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: listedIn,
  },
  "POST /api/distribution/schedules": {
    send: async (c, k, f, me) => {
      const { idAgen } = await ownOf(f, me.id);
      const desa = k === "other" ? OTHER_DESA : OWN_DESA;
      return c.post("/api/distribution/schedules", {
        periode: PERIODE,
        idAgen: k === "own" ? idAgen : k === "other" ? "MX-LAIN" : "MX-TIDAK-ADA",
        tanggal: "2025-01-20",
        jamMulai: "08:00",
        jamSelesai: "11:00",
        familyIds: [(await listedFamily(f.app, desa)).id],
      });
    },
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/schedules/:id": {
    send: async (c, k, f, me) => c.get(`/api/distribution/schedules/${await dayOf(k, f, me)}`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/schedules/:id/pdf": {
    send: async (c, k, f, me) => c.get(`/api/distribution/schedules/${await dayOf(k, f, me)}/pdf`),
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "DELETE /api/distribution/schedules/:id": {
    send: async (c, k, f, me) => {
      // Each own case deletes a day of its own, so the reads above keep theirs.
      const id =
        k === "own" ? await dayAt(f.app, (await ownOf(f, me.id)).idAgen, OWN_DESA) : await dayOf(k, f, me);
      return c.request("DELETE", `/api/distribution/schedules/${id}`);
    },
    allowed: { own: 204, other: 404, missing: 404 },
    auditsOther: true,
  },
};
