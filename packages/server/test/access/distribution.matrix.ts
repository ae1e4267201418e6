import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { listOnPaymentList, makeAgent, makePeriod } from "../factories/index.ts";
import { oncePerApp } from "./matrix-fixtures.ts";
import type { TCase, TRouteSpec } from "./matrix-types.ts";
import { desaOf, OTHER_DESA, OTHER_KECAMATAN, OWN_DESA, OWN_KECAMATAN } from "./places.ts";

/** A payment row for each fixture family and an agent in each place, made once per app under test. */
const listsOf = oncePerApp(async (f) => {
  const db = f.app.database.db;
  for (const family of [f.families.own, f.families.other]) {
    await listOnPaymentList(db, {
      periode: "2025-03",
      noKk: family.noKk,
      desa: family.desa,
      nikPengurus: family.nik,
      noKks: "6019001200000001",
      bank: "BRI",
    });
  }
  await makeAgent(db, { idAgen: "MX-OWN", nama: "Agen Matriks Sendiri", desa: OWN_DESA, bank: "BRI" });
  await makeAgent(db, { idAgen: "MX-OTHER", nama: "Agen Matriks Lain", desa: OTHER_DESA, bank: "BRI" });
});

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
        await makePeriod(f.app.database.db, "2099-01");
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
