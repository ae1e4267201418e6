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

const PERIODE = "2025-01";
const OWN_DESA = `${OWN_KECAMATAN}.2005`;
const OTHER_DESA = `${OTHER_KECAMATAN}.2002`;
let serial = 0;

/** A family listed on the period's payment list in a desa, new for each call (so each POST has one to take). */
async function listedFamily(t: TTestApp, desa: string): Promise<{ id: string; noKk: string }> {
  serial += 1;
  const noKk = `${desa.split(".").slice(0, 3).join("")}99${String(serial).padStart(8, "0")}`;
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO keluarga (kab_code, no_kk, desa_code) VALUES ('35.17', ${noKk}, ${desa}) RETURNING id`,
  );
  await t.database.db.execute(
    sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
        VALUES ('35.17', 'SEMBAKO', ${PERIODE}, ${noKk}, ${desa}, ${noKk}, 200000, ${`5264${noKk.slice(-12)}`}, 'BNI')`,
  );
  return { id: row?.id ?? "", noKk };
}

/** A day at an agent with one family, written directly. */
async function dayAt(t: TTestApp, idAgen: string, desa: string): Promise<string> {
  const { noKk } = await listedFamily(t, desa);
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO jadwal_penyaluran (kab_code, program_code, periode, id_agen, desa_code, tanggal, jam_mulai, jam_selesai, created_by)
        VALUES ('35.17', 'SEMBAKO', ${PERIODE}, ${idAgen}, ${desa}, '2025-01-15', '08:00', '12:00',
                '00000000-0000-0000-0000-000000000000')
        RETURNING id`,
  );
  await t.database.db.execute(
    sql`INSERT INTO jadwal_keluarga (kab_code, jadwal_id, program_code, periode, no_kk)
        VALUES ('35.17', ${row?.id}, 'SEMBAKO', ${PERIODE}, ${noKk})`,
  );
  return row?.id ?? "";
}

/** Per app: the period, and an agent with a day in the other kecamatan. */
const shared = new WeakMap<TTestApp, Promise<{ otherDay: string }>>();
/** Per app and calling user: an agent of the own desa linked to that user (an `agen` sees only it) and its day. */
const perUser = new WeakMap<TTestApp, Map<string, Promise<{ idAgen: string; day: string }>>>();

function sharedOf(t: TTestApp) {
  let made = shared.get(t);
  if (!made) {
    made = (async () => {
      await t.database.db.execute(
        sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
            VALUES ('SEMBAKO', ${PERIODE}, '2025-01-01', '2025-01-31') ON CONFLICT DO NOTHING`,
      );
      await t.database.db.execute(
        sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES ('35.17', 'MX-LAIN', 'e-Warong Lain', ${OTHER_DESA}, 'BNI')`,
      );
      return { otherDay: await dayAt(t, "MX-LAIN", OTHER_DESA) };
    })();
    shared.set(t, made);
  }
  return made;
}

async function ownOf(f: TFixture, me: { id: string }) {
  await sharedOf(f.app);
  let users = perUser.get(f.app);
  if (!users) {
    users = new Map();
    perUser.set(f.app, users);
  }
  let made = users.get(me.id);
  if (!made) {
    made = (async () => {
      const idAgen = `MX-${me.id.slice(0, 8)}`;
      await f.app.database.db.execute(
        sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank, user_id)
            VALUES ('35.17', ${idAgen}, 'e-Warong Matriks', ${OWN_DESA}, 'BNI', ${me.id})`,
      );
      return { idAgen, day: await dayAt(f.app, idAgen, OWN_DESA) };
    })();
    users.set(me.id, made);
  }
  return made;
}

async function dayOf(c: TCase, f: TFixture, me: { id: string }): Promise<string> {
  if (c === "missing") return MISSING_ID;
  if (c === "other") return (await sharedOf(f.app)).otherDay;
  return (await ownOf(f, me)).day;
}

const desasListed = (body: unknown) =>
  (body as { items: { desa: { code: string } }[] }).items.map((i) => i.desa.code);
const listedIn = (body: unknown, c: TCase) =>
  c === "missing" ? false : desasListed(body).includes(c === "own" ? OWN_DESA : OTHER_DESA);

/** The distribution schedule (distribution/schedule/schedule-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "GET /api/distribution/schedules": {
    send: async (c, k, f, me) => {
      await ownOf(f, me);
      return c.get(
        `/api/distribution/schedules?periode=${PERIODE}${k === "missing" ? "&idAgen=TIDAK-ADA" : ""}`,
      );
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: listedIn,
  },
  "GET /api/distribution/schedules/agents": {
    send: async (c, k, f, me) => {
      await ownOf(f, me);
      return c.get(`/api/distribution/schedules/agents?periode=${k === "missing" ? "2024-12" : PERIODE}`);
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: listedIn,
  },
  "POST /api/distribution/schedules": {
    send: async (c, k, f, me) => {
      const { idAgen } = await ownOf(f, me);
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
        k === "own" ? await dayAt(f.app, (await ownOf(f, me)).idAgen, OWN_DESA) : await dayOf(k, f, me);
      return c.request("DELETE", `/api/distribution/schedules/${id}`);
    },
    allowed: { own: 204, other: 404, missing: 404 },
    auditsOther: true,
  },
};
