import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { queryRows } from "../../src/db/database.ts";
import { itemRejectedBlobKey } from "../../src/distribution/transactions/transaction-routes.ts";
import { folderBlobStore } from "../../src/storage/blob-store.ts";
import type { TTestApp } from "../test-app.ts";
import {
  MISSING_ID,
  OTHER_KECAMATAN,
  OWN_KECAMATAN,
  type TCase,
  type TFixture,
  type TRouteSpec,
} from "./matrix-types.ts";

const PERIODE = "2025-02";
const OWN_DESA = `${OWN_KECAMATAN}.2005`;
const OTHER_DESA = `${OTHER_KECAMATAN}.2002`;
const OTHER_AGENT = "TXM-LAIN";
const MISSING_AGENT = "TXM-TIDAK-ADA";
const HEADER = "waktu,periode,program,no_kks,nominal,status,alasan,id_agen,id_transaksi";
let serial = 0;

/** Per app: the period, and an agent of the other kecamatan with one transaction. */
const shared = new WeakMap<TTestApp, Promise<void>>();
/** Per app and calling user: an agent of the own desa linked to that user (an `agen` sees only it) with one transaction. */
const perUser = new WeakMap<TTestApp, Map<string, Promise<string>>>();

async function transactionAt(t: TTestApp, idAgen: string, desa: string): Promise<void> {
  serial += 1;
  await t.database.db.execute(
    sql`INSERT INTO transaksi (kab_code, id_transaksi, waktu, program_code, periode, no_kks, nominal, status, id_agen, desa_code, sumber)
        VALUES ('35.17', ${`TXM-${idAgen}`}, now(), 'SEMBAKO', ${PERIODE}, ${`601900000${String(serial).padStart(7, "0")}`},
                200000, 'berhasil', ${idAgen}, ${desa}, 'impor')`,
  );
}

function sharedOf(t: TTestApp): Promise<void> {
  let made = shared.get(t);
  if (!made) {
    made = (async () => {
      await t.database.db.execute(
        sql`INSERT INTO periode_penyaluran (program_code, periode, mulai, selesai)
            VALUES ('SEMBAKO', ${PERIODE}, '2025-02-01', '2025-02-28') ON CONFLICT DO NOTHING`,
      );
      await t.database.db.execute(
        sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES ('35.17', ${OTHER_AGENT}, 'e-Warong Lain', ${OTHER_DESA}, 'BNI')`,
      );
      await transactionAt(t, OTHER_AGENT, OTHER_DESA);
    })();
    shared.set(t, made);
  }
  return made;
}

/** The calling user's own agent (linked to it) with one transaction. */
async function ownAgent(f: TFixture, me: { id: string }): Promise<string> {
  await sharedOf(f.app);
  let users = perUser.get(f.app);
  if (!users) {
    users = new Map();
    perUser.set(f.app, users);
  }
  let made = users.get(me.id);
  if (!made) {
    made = (async () => {
      const idAgen = `TXM-${me.id.slice(0, 8)}`;
      await f.app.database.db.execute(
        sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank, user_id)
            VALUES ('35.17', ${idAgen}, 'e-Warong Sendiri', ${OWN_DESA}, 'BNI', ${me.id})`,
      );
      await transactionAt(f.app, idAgen, OWN_DESA);
      return idAgen;
    })();
    users.set(me.id, made);
  }
  return made;
}

async function agentOf(k: TCase, f: TFixture, me: { id: string }): Promise<string> {
  if (k === "own") return ownAgent(f, me);
  await sharedOf(f.app);
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
const otherJobs = new WeakMap<TTestApp, Promise<string>>();

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
        let other = otherJobs.get(f.app);
        if (!other) {
          other = transaksiJob(f.app, f.other.id);
          otherJobs.set(f.app, other);
        }
        id = await other;
      }
      return c.get(`/api/distribution/transactions/import/${id}/item-rejected`);
    },
    allowed: { own: 200, other: 404, missing: 404 },
  },
};
