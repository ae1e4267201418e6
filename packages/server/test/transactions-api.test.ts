import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";
import { agents, ITEM_HEADER, seedDistribution, TRANSAKSI_HEADER } from "./transactions-fixture.ts";

type TClient = TestClient & { userId: string };

/** The transaction file and, optionally, the goods lines file, posted as the import form sends them. */
function uploadPair(
  client: TClient,
  files: { file: string; item?: string },
  fields: Record<string, string> = {},
) {
  return client.upload(
    "/api/distribution/transactions/import",
    [
      { field: "file", name: "transaksi.csv", content: files.file },
      ...(files.item ? [{ field: "item", name: "transaksi_item.csv", content: files.item }] : []),
    ],
    fields,
  );
}

describe.each(dbTargets)("transactions API on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TClient;
  let agenA: TClient;
  let agenB: TClient;

  const entry = (overrides: Record<string, unknown> = {}) => ({
    program: "SEMBAKO",
    periode: "2024-08",
    noKks: "6019000000000101",
    nominal: 150000,
    status: "berhasil",
    items: [
      { komoditas: "Beras", jumlah: 10, satuan: "kg", hargaSatuan: 13000 },
      { komoditas: "telur ayam", jumlah: 1, satuan: "kg", hargaSatuan: 20000 },
    ],
    ...overrides,
  });

  beforeAll(async () => {
    await seedDistribution(t.database.db);
    dinsos = await t.clientAs("dinsos", ["35.17.18"]);
    // Both agents' logins cover the whole kecamatan: only the link to their shop narrows what they see.
    agenA = await t.clientAs("agen", ["35.17.18"]);
    agenB = await t.clientAs("agen", ["35.17.18"]);
    await t.database.db.execute(
      sql`UPDATE agen SET user_id = ${agenA.userId} WHERE id_agen = ${agents.a.idAgen}`,
    );
    await t.database.db.execute(
      sql`UPDATE agen SET user_id = ${agenB.userId} WHERE id_agen = ${agents.b.idAgen}`,
    );
  });

  it("imports an uploaded transaction file with its goods lines as one job", async () => {
    const upload = await uploadPair(dinsos, {
      file: `${TRANSAKSI_HEADER}\n2024-08-05T09:00:00+07:00,2024-08,SEMBAKO,6019000000000201,200000,berhasil,,${agents.b.idAgen},U-001\n`,
      item: `${ITEM_HEADER}\nU-001,beras,10,kg,12000\nU-404,beras,1,kg,12000\n`,
    });
    expect(upload.statusCode, upload.body).toBe(202);
    const refused = await dinsos.finishedJob(upload.json().jobId);
    expect(refused).toMatchObject({ kind: "import.transaksi", status: "rejected", rejectedRows: 1 });
    // Only the goods file had a bad row: the transaction file's rejected file does not exist, the goods one does.
    expect((await dinsos.get(`/api/jobs/${refused.id}/rejected`)).statusCode).toBe(404);
    const goods = await dinsos.get(`/api/distribution/transactions/import/${refused.id}/item-rejected`);
    expect(goods.statusCode).toBe(200);
    expect(goods.body).toContain("U-404");
    expect(goods.body).toContain("tidak ada di berkas transaksi");
    const count = async () =>
      (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM transaksi`))[0]?.n;
    expect(await count()).toBe(0);
    // Someone else cannot read the job's goods lines.
    const other = await t.clientAs("dinsos", ["35.17.18"]);
    expect(
      (await other.get(`/api/distribution/transactions/import/${refused.id}/item-rejected`)).statusCode,
    ).toBe(404);

    const partial = await uploadPair(
      dinsos,
      {
        file: `${TRANSAKSI_HEADER}\n2024-08-05T09:00:00+07:00,2024-08,SEMBAKO,6019000000000201,200000,berhasil,,${agents.b.idAgen},U-001\n`,
        item: `${ITEM_HEADER}\nU-001,beras,10,kg,12000\nU-404,beras,1,kg,12000\n`,
      },
      { partial: "true" },
    );
    expect(await dinsos.finishedJob(partial.json().jobId)).toMatchObject({
      status: "done",
      result: { accepted: 1, itemAccepted: 1, itemRejected: 1 },
    });
    expect(await count()).toBe(1);
  });

  it("lets an agent record at its own counter only, once per Idempotency-Key, pricing goods against the HET", async () => {
    const key = randomUUID();
    const first = await agenA.post("/api/distribution/transactions", entry(), { "idempotency-key": key });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers["idempotent-replayed"]).toBe("false");
    const made = first.json();
    expect(made).toMatchObject({
      idAgen: agents.a.idAgen,
      desaCode: agents.a.desa,
      sumber: "agen",
      noKks: "6019••••••••0101",
      nominal: 150000,
    });
    expect(made.idTransaksi).toMatch(/^AG-[0-9a-f-]{36}$/);
    // Beras above the HET in force today (12,500); eggs below it.
    expect(
      made.items.map((i: { komoditas: string; diAtasHet: boolean }) => [i.komoditas, i.diAtasHet]),
    ).toEqual([
      ["beras", true],
      ["telur_ayam", false],
    ]);

    const retry = await agenA.post("/api/distribution/transactions", entry(), { "idempotency-key": key });
    expect(retry.statusCode).toBe(201);
    expect(retry.headers["idempotent-replayed"]).toBe("true");
    expect(retry.json().idTransaksi).toBe(made.idTransaksi);
    const reused = await agenA.post("/api/distribution/transactions", entry({ nominal: 1000 }), {
      "idempotency-key": key,
    });
    expect(reused.statusCode).toBe(409);
    const stored = await queryRows<{ n: number; audits: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*)::int FROM transaksi WHERE id_transaksi = ${made.idTransaksi}) AS n,
                 (SELECT count(*)::int FROM audit_log WHERE action = 'transaction.record' AND entity_id = ${made.idTransaksi}) AS audits`,
    );
    expect(stored[0]).toEqual({ n: 1, audits: 1 });

    // Another agent's shop, although inside the login's region, is not found, and the attempt is audited.
    const denied = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'access.denied' AND entity_type = 'agen'`,
        )
      )[0]?.n ?? 0;
    const before = await denied();
    const other = await agenA.post("/api/distribution/transactions", entry({ idAgen: agents.b.idAgen }), {
      "idempotency-key": randomUUID(),
    });
    expect(other.statusCode).toBe(404);
    expect(await denied()).toBe(before + 1);

    const noPeriod = await agenA.post("/api/distribution/transactions", entry({ periode: "2030-01" }), {
      "idempotency-key": randomUUID(),
    });
    expect(noPeriod.statusCode).toBe(400);
    expect(JSON.stringify(noPeriod.json())).toContain("periode");
    const zero = await agenA.post("/api/distribution/transactions", entry({ nominal: 0 }), {
      "idempotency-key": randomUUID(),
    });
    expect(zero.statusCode).toBe(400);
    const failed = await agenA.post(
      "/api/distribution/transactions",
      entry({ nominal: 0, status: "gagal", alasan: "saldo nol", items: [] }),
      { "idempotency-key": randomUUID() },
    );
    expect(failed.statusCode, failed.body).toBe(201);
    // Staff have no counter of their own.
    expect(
      (await dinsos.post("/api/distribution/transactions", entry(), { "idempotency-key": randomUUID() }))
        .statusCode,
    ).toBe(403);
  });

  it("lists transactions newest first, an agent only its own, with masked cards and HET flags", async () => {
    await agenB.post("/api/distribution/transactions", entry({ noKks: "6019000000000301" }), {
      "idempotency-key": randomUUID(),
    });
    const mine = (await agenA.get("/api/distribution/transactions?limit=50")).json();
    expect(mine.items.length).toBe(2);
    expect(mine.items.every((i: { idAgen: string }) => i.idAgen === agents.a.idAgen)).toBe(true);
    expect(mine.items[0].status).toBe("gagal");
    expect(mine.items[1].items[0]).toMatchObject({ komoditas: "beras", diAtasHet: true, het: 12500 });

    const all = (await dinsos.get("/api/distribution/transactions?periode=2024-08&limit=2")).json();
    expect(all.items).toHaveLength(2);
    expect(all.nextCursor).not.toBeNull();
    const rest = (
      await dinsos.get(`/api/distribution/transactions?periode=2024-08&limit=2&cursor=${all.nextCursor}`)
    ).json();
    const ids = [...all.items, ...rest.items].map((i: { idTransaksi: string }) => i.idTransaksi);
    expect(new Set(ids).size).toBe(4);
    expect(ids).toContain("U-001");
    const waktu = [...all.items, ...rest.items].map((i: { waktu: string }) => i.waktu);
    expect([...waktu].sort().reverse()).toEqual(waktu);
    expect(JSON.stringify([all, rest])).not.toContain("6019000000000201");

    const byDesa = (await dinsos.get(`/api/distribution/transactions?desa=${agents.b.desa}`)).json();
    expect(byDesa.items.every((i: { desaCode: string }) => i.desaCode === agents.b.desa)).toBe(true);
    const outside = await t.clientAs("tksk", ["35.17.17"]);
    expect((await outside.get("/api/distribution/transactions")).json().items).toEqual([]);
  });

  it("gives the HET table in force for the counter form", async () => {
    const het = (await agenA.get("/api/distribution/transactions/het")).json();
    expect(het.items).toContainEqual({
      komoditas: "beras",
      satuan: "kg",
      harga: 12500,
      berlakuMulai: "2024-06-01",
    });
    expect(het.items.filter((i: { komoditas: string }) => i.komoditas === "beras")).toHaveLength(1);
  });
});
