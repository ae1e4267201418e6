import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { itemRejectedBlobKey } from "../../src/distribution/transactions/transaction-routes.ts";
import { folderBlobStore } from "../../src/storage/blob-store.ts";
import { makeAgent, makePeriod, makeTransaction } from "../factories/index.ts";
import type { TTestApp } from "../test-app.ts";
import { oncePerApp, oncePerAppAndUser } from "./matrix-fixtures.ts";
import type { TCase, TFixture, TRouteSpec } from "./matrix-types.ts";
import { MISSING_ID, OTHER_DESA, OWN_DESA } from "./places.ts";

const PERIODE = "2025-02";
const OTHER_AGENT = "TXM-LAIN";
const MISSING_AGENT = "TXM-TIDAK-ADA";
const HEADER = "waktu,periode,program,no_kks,nominal,status,alasan,id_agen,id_transaksi";
let serial = 0;

async function transactionAt(t: TTestApp, idAgen: string, desa: string): Promise<void> {
  serial += 1;
  await makeTransaction(t.database.db, {
    id: `TXM-${idAgen}`,
    waktu: new Date().toISOString(),
    periode: PERIODE,
    noKks: `601900000${String(serial).padStart(7, "0")}`,
    nominal: 200000,
    idAgen,
    desa,
  });
}

/** Per app: the period, and an agent of the other kecamatan with one transaction. */
const sharedOf = oncePerApp(async (f) => {
  await makePeriod(f.app.database.db, PERIODE);
  await makeAgent(f.app.database.db, { idAgen: OTHER_AGENT, nama: "e-Warong Lain", desa: OTHER_DESA });
  await transactionAt(f.app, OTHER_AGENT, OTHER_DESA);
});

/** Per app and calling user: an agent of the own desa linked to that user (an `agen` sees only it) with one transaction. */
const ownAgentOf = oncePerAppAndUser(async (f, userId) => {
  const idAgen = `TXM-${userId.slice(0, 8)}`;
  await makeAgent(f.app.database.db, { idAgen, nama: "e-Warong Sendiri", desa: OWN_DESA, userId });
  await transactionAt(f.app, idAgen, OWN_DESA);
  return idAgen;
});

async function agentOf(k: TCase, f: TFixture, me: { id: string }): Promise<string> {
  await sharedOf(f);
  if (k === "own") return ownAgentOf(f, me.id);
  return k === "other" ? OTHER_AGENT : MISSING_AGENT;
}

/** A finished transaction import of `userId` with a rejected goods-lines file. */
async function transaksiJob(t: TTestApp, userId: string): Promise<string> {
  const [job] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO job (kind, status, created_by) VALUES ('import.transaksi', 'rejected', ${userId}) RETURNING id`,
  );
  const id = job?.id ?? "";
  await folderBlobStore(join(t.config.dataDir, "blobs")).put(
    itemRejectedBlobKey(id),
    Readable.from(["id_transaksi,komoditas,jumlah,satuan,harga_satuan,baris,kolom,alasan\n"]),
  );
  return id;
}
/** A job of the other place's user, made once per app under test. */
const otherJobOf = oncePerApp((f) => transaksiJob(f.app, f.other.id));

/** Transactions (distribution/transactions/transaction-routes.ts). */
export const matrix: Record<string, TRouteSpec> = {
  "POST /api/distribution/transactions": {
    send: async (c, k, f, me) =>
      c.post(
        "/api/distribution/transactions",
        {
          periode: PERIODE,
          idAgen: await agentOf(k, f, me),
          noKks: "6019000000009999",
          nominal: 150000,
          status: "berhasil",
          items: [{ komoditas: "beras", jumlah: 5, satuan: "kg", hargaSatuan: 12000 }],
        },
        { "idempotency-key": randomUUID() },
      ),
    allowed: { own: 201, other: 404, missing: 404 },
    auditsOther: true,
  },
  "GET /api/distribution/transactions": {
    send: async (c, k, f, me) =>
      c.get(`/api/distribution/transactions?limit=200&idAgen=${await agentOf(k, f, me)}`),
    allowed: { own: 200, other: 200, missing: 200 },
    listed: (body, k) =>
      k !== "missing" &&
      (body as { items: { idAgen: string; sumber: string }[] }).items.some(
        (i) => i.sumber === "impor" && (k === "own" ? i.idAgen.startsWith("TXM-") : i.idAgen === OTHER_AGENT),
      ),
  },
  "GET /api/distribution/transactions/het": {
    send: (c) => c.get("/api/distribution/transactions/het"),
    allowed: { own: 200, other: 200, missing: 200 },
  },
  "POST /api/distribution/transactions/import": {
    send: async (c, k, f, me) => {
      if (k === "missing") {
        return c.upload("/api/distribution/transactions/import", {
          field: "file",
          name: "kosong.txt",
          content: "",
        });
      }
      const idAgen = await agentOf(k, f, me);
      return c.upload("/api/distribution/transactions/import", {
        field: "file",
        name: "transaksi.csv",
        content: `${HEADER}\n2025-02-03T08:00:00+07:00,${PERIODE},SEMBAKO,6019000000008888,200000,berhasil,,${idAgen},UP-${randomUUID()}\n`,
      });
    },
    // An upload is accepted either way; rows of agents outside the caller's area are refused by the job.
    allowed: { own: 202, other: 202, missing: 400 },
  },
  "GET /api/distribution/transactions/import/:id/item-rejected": {
    send: async (c, k, f, me) => {
      let id = MISSING_ID;
      if (k === "own") id = await transaksiJob(f.app, me.id);
      if (k === "other") {
        id = await otherJobOf(f);
      }
      return c.get(`/api/distribution/transactions/import/${id}/item-rejected`);
    },
    allowed: { own: 200, other: 404, missing: 404 },
  },
};
