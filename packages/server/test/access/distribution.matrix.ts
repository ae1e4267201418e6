import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import type { TTestApp } from "../test-app.ts";
import {
  OTHER_KECAMATAN,
  OWN_KECAMATAN,
  type TCase,
  type TFixture,
  type TRouteSpec,
} from "./matrix-types.ts";

/** A payment row for each fixture family and an agent in each place, made once per app under test. */
const made = new WeakMap<TTestApp, Promise<void>>();

function listsOf(f: TFixture): Promise<void> {
  let done = made.get(f.app);
  if (!done) {
    done = (async () => {
      const db = f.app.database.db;
      for (const family of [f.families.own, f.families.other]) {
        await db.execute(
          sql`INSERT INTO daftar_bayar (kab_code, program_code, periode, no_kk, desa_code, nik_pengurus, nominal, no_kks, bank)
              SELECT k.kab_code, 'SEMBAKO', '2025-03', k.no_kk, k.desa_code, a.nik, 200000, '6019001200000001', 'BRI'
              FROM keluarga k JOIN anggota a ON a.kab_code = k.kab_code AND a.no_kk = k.no_kk
              WHERE k.id = ${family.id} LIMIT 1`,
        );
      }
      await db.execute(sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES
        ('35.17', 'MX-OWN', 'Agen Matriks Sendiri', ${desaOf("own")}, 'BRI'),
        ('35.17', 'MX-OTHER', 'Agen Matriks Lain', ${desaOf("other")}, 'BRI')`);
    })();
    made.set(f.app, done);
  }
  return done;
}

/** The fixture families' desa, and one that does not exist. */
const desaOf = (c: TCase) =>
  c === "own" ? `${OWN_KECAMATAN}.2005` : c === "other" ? `${OTHER_KECAMATAN}.2002` : `${OWN_KECAMATAN}.2999`;
const agentOf = (c: TCase) => (c === "own" ? "MX-OWN" : c === "other" ? "MX-OTHER" : "MX-NONE");

/** A one-row file for the caller's own area or another; a text file for the missing case (refused, 400). */
function tinyUpload(k: TCase, header: string, row: (kec: string) => string) {
  if (k === "missing") return { field: "file", name: "kosong.txt", content: "" };
  const kec = (k === "own" ? OWN_KECAMATAN : OTHER_KECAMATAN).replaceAll(".", "");
  return { field: "file", name: "daftar.csv", content: `${header}\n${row(kec)}\n` };
}

let periods = 0;

/** Periods, payment lists, injection status and agents (distribution/distribution-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "GET /api/distribution/periods": {
    send: (c) => c.get("/api/distribution/periods"),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "POST /api/distribution/periods": {
    // Periods are national reference data: "other" is a period that exists already, "missing" a programme.
    send: async (c, k, f) => {
      periods += 1;
      if (k === "other") {
        await f.app.database.db.execute(
          sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
              VALUES ('SEMBAKO', '2099-01', '2099-01-01', '2099-01-31') ON CONFLICT DO NOTHING`,
        );
      }
      const periode =
        k === "own"
          ? `${2100 + Math.floor(periods / 12)}-${String((periods % 12) + 1).padStart(2, "0")}`
          : "2099-01";
      return c.post("/api/distribution/periods", {
        program: k === "missing" ? "TIDAKADA" : "SEMBAKO",
        periode,
      });
    },
    allowed: { own: 201, other: 409, missing: 400 },
  },
  "POST /api/distribution/payment-lists/import": {
    send: (c, k) =>
      c.upload(
        "/api/distribution/payment-lists/import",
        tinyUpload(
          k,
          "periode,program,no_kk,nik_pengurus,nominal,no_kks,bank",
          (kec) => `2025-03,SEMBAKO,${kec}0101200101,${kec}0101800101,200000,6019001200000001,BRI`,
        ),
      ),
    // An upload is accepted either way; rows outside the caller's area are refused by the job.
    allowed: { own: 202, other: 202, missing: 400 },
  },
  "POST /api/distribution/payment-lists/injection": {
    send: async (c, k, f) => {
      await listsOf(f);
      return c.post("/api/distribution/payment-lists/injection", {
        program: "SEMBAKO",
        periode: "2025-03",
        desa: desaOf(k),
        status: "terinjek",
        tanggal: "2025-03-04",
      });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/payment-lists/summary": {
    send: async (c, _k, f) => {
      await listsOf(f);
      return c.get("/api/distribution/payment-lists/summary?program=SEMBAKO&periode=2025-03");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      (body as { items: { desa: { code: string } }[] }).items.some((i) => i.desa.code === desaOf(k)),
  },
  "GET /api/distribution/payment-lists": {
    send: async (c, k, f) => {
      await listsOf(f);
      return c.get(`/api/distribution/payment-lists?program=SEMBAKO&periode=2025-03&desa=${desaOf(k)}`);
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
  "POST /api/distribution/agents/import": {
    send: (c, k) =>
      c.upload(
        "/api/distribution/agents/import",
        tinyUpload(k, "id_agen,nama,kode_desa,bank", (kec) => `MX-UP-${kec},Agen Unggah,${kec}2005,BRI`),
      ),
    allowed: { own: 202, other: 202, missing: 400 },
  },
  "GET /api/distribution/agents": {
    send: async (c, _k, f, me) => {
      await listsOf(f);
      // An agent's own login sees only the agent linked to it: link the own agent to it.
      const [user] = await queryRows<{ role: string }>(
        f.app.database.db,
        sql`SELECT role FROM users WHERE id = ${me.id}`,
      );
      if (user?.role === "agen") {
        await f.app.database.db.execute(sql`UPDATE agen SET user_id = ${me.id} WHERE id_agen = 'MX-OWN'`);
      }
      return c.get("/api/distribution/agents");
    },
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) => (body as { items: { idAgen: string }[] }).items.some((a) => a.idAgen === agentOf(k)),
  },
  "PUT /api/distribution/agents/:id/user": {
    send: async (c, k, f) => {
      await listsOf(f);
      return c.request("PUT", `/api/distribution/agents/${agentOf(k)}/user`, { userId: null });
    },
    allowed: { own: 200, other: 404, missing: 404 },
    auditsOther: true,
  },
};
