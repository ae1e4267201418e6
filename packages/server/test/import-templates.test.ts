import { importTemplates, type TImportTemplate } from "@kawal/core";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { makeTestApp, type TTestApp } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

/**
 * The example file of every kind, as the import pages offer it, imports whole into an empty registry in
 * the order a new kabupaten would load them: families, programme membership, agents, the payment list,
 * then the transactions with their goods lines. A template that a user could not import as it is would
 * teach the wrong format.
 */
describe.each(dbTargets)("import templates on $name", (target) => {
  let t: TTestApp;
  let dinsos: TestClient;
  const files = {} as Record<TImportTemplate, string>;

  beforeAll(async () => {
    t = await makeTestApp(target);
    dinsos = await t.clientAs("dinsos", ["35.17.18"]);
  });
  afterAll(() => t?.close());

  it("serves every kind's example as a CSV file to download", async () => {
    for (const kind of importTemplates) {
      const response = await dinsos.get(`/api/import-templates/${kind}`);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/csv");
      expect(response.headers["content-disposition"]).toBe(`attachment; filename="contoh-${kind}.csv"`);
      files[kind] = response.body;
    }
    expect(files.anggota.split("\n")[0]).toMatch(
      /^no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,kode_desa/,
    );
  });

  it("imports every example whole, in order, into an empty registry", async () => {
    const steps: { url: string; upload: { field: string; name: string; content: string }[]; rows: number }[] =
      [
        {
          url: "/api/registry/imports",
          upload: [{ field: "file", name: "anggota.csv", content: files.anggota }],
          rows: 5,
        },
        {
          url: "/api/programs/imports",
          upload: [{ field: "file", name: "peserta.csv", content: files.peserta }],
          rows: 2,
        },
        {
          url: "/api/distribution/agents/import",
          upload: [{ field: "file", name: "agen.csv", content: files.agen }],
          rows: 2,
        },
        {
          url: "/api/distribution/payment-lists/import",
          upload: [{ field: "file", name: "daftar_bayar.csv", content: files.daftar_bayar }],
          rows: 2,
        },
        {
          url: "/api/distribution/transactions/import",
          upload: [
            { field: "file", name: "transaksi.csv", content: files.transaksi },
            { field: "item", name: "transaksi_item.csv", content: files.transaksi_item },
          ],
          rows: 3,
        },
      ];
    for (const step of steps) {
      const started = await dinsos.upload(step.url, step.upload);
      expect(started.statusCode, step.url).toBe(202);
      const job = await dinsos.finishedJob(started.json().jobId);
      expect({ url: step.url, status: job.status, result: job.result }).toMatchObject({
        url: step.url,
        status: "done",
        result: { rows: step.rows, accepted: step.rows, rejected: 0 },
      });
    }
    expect(await t.count(sql`SELECT count(*)::int AS n FROM transaksi_item`)).toBe(4);
  });

  it("answers 400 for a kind there is no example of, and 401 without a session", async () => {
    expect((await dinsos.get("/api/import-templates/tidak_ada")).statusCode).toBe(400);
    expect((await t.app.inject({ method: "GET", url: "/api/import-templates/anggota" })).statusCode).toBe(
      401,
    );
  });
});
