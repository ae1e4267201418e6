import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { col, csvOf, syntheticRows } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { OUTSIDE_DESA as OTHER_KECAMATAN_DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("registry API on $name", (target) => {
  const t = testAppForSuite(target);
  let dinsos: TestClient;
  let rows: string[][];

  beforeAll(async () => {
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    rows = syntheticRows(400, 41);
    // One family moves to a desa of another kecamatan, to test the TKSK's scope.
    const movedKk = rows[0]?.[col("no_kk")];
    for (const r of rows) if (r[col("no_kk")] === movedKk) r[col("kode_desa")] = OTHER_KECAMATAN_DESA;
    const upload = await dinsos.upload("/api/registry/imports", {
      field: "file",
      name: "anggota.csv",
      content: csvOf(rows),
    });
    expect(upload.statusCode).toBe(202);
    const job = await dinsos.finishedJob(upload.json().jobId);
    expect(job.status).toBe("done");
  });

  const search = (client: TestClient, q: string) => client.post("/api/registry/search", { q });

  it("finds members by part of a name, numbers masked", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const name = rows[5]?.[col("nama")] ?? "";
    const hits = (await search(tksk, name.split(" ")[0]?.toLowerCase() ?? "")).json().items;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.nik).toMatch(/^\d{4}•{8}\d{4}$/);
      expect(hit.noKk).toMatch(/^\d{4}•{8}\d{4}$/);
      expect(hit.desa.code.startsWith("35.17.18.")).toBe(true);
    }
  });

  it("finds a part of a name of several words exactly, whatever the case and spacing", async () => {
    const [given = "", second = ""] = (rows[5]?.[col("nama")] ?? "").split(" ");
    const namesWith = (part: string) =>
      rows
        .map((r) => r[col("nama")] ?? "")
        .filter((n) => n.toLowerCase().includes(part))
        .sort();
    const found = async (q: string) =>
      ((await dinsos.post("/api/registry/search", { q, limit: 50 })).json().items as { nama: string }[])
        .map((h) => h.nama)
        .sort();
    const part = `${given.slice(1)} ${second.slice(0, 4)}`.toLowerCase();
    expect(namesWith(part).length).toBeGreaterThan(0);
    expect(namesWith(part).length).toBeLessThanOrEqual(50);
    expect(await found(`  ${given.slice(1).toUpperCase()}   ${second.slice(0, 4)} `)).toEqual(
      namesWith(part),
    );
    // Both words are in these names, but not side by side as typed.
    const apart = `${given.slice(0, 2)} ${second}`.toLowerCase();
    // At most one page of hits, so the answer is every match and not an arbitrary fifty of them.
    expect(namesWith(apart).length).toBeLessThanOrEqual(50);
    expect(await found(apart)).toEqual(namesWith(apart));
  });

  it("finds a member by full NIK or No. KK, never by part of a number, and only in scope", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const inside = rows.find((r) => r[col("kode_desa")] !== OTHER_KECAMATAN_DESA) as string[];
    const outside = rows[0] as string[];
    const byNik = (await search(tksk, inside[col("nik")] ?? "")).json().items;
    expect(byNik).toHaveLength(1);
    expect(byNik[0].nama).toBe(inside[col("nama")]);
    expect((await search(tksk, inside[col("no_kk")] ?? "")).json().items.length).toBeGreaterThan(0);
    expect((await search(tksk, (inside[col("nik")] ?? "").slice(0, 10))).json().items).toEqual([]);
    expect((await search(tksk, outside[col("nik")] ?? "")).json().items).toEqual([]);
    expect((await search(dinsos, outside[col("nik")] ?? "")).json().items).toHaveLength(1);
  });

  it("opens a family: full numbers (audited) for staff, masked for a PSM, 404 and audited outside the scope", async () => {
    const tksk = await t.clientAs("tksk", ["35.17.18"]);
    const inside = rows.find(
      (r) => r[col("kode_desa")] === "35.17.18.2003" && r[col("hubungan")] === "kepala",
    ) as string[];
    const [hit] = (await search(tksk, inside[col("nik")] ?? "")).json().items;
    const family = (await tksk.get(`/api/registry/families/${hit.familyId}`)).json();
    expect(family).toMatchObject({
      noKk: inside[col("no_kk")],
      numbersMasked: false,
      desa: { code: "35.17.18.2003" },
    });
    expect(family.members[0]).toMatchObject({ nik: inside[col("nik")], hubungan: "kepala" });
    expect(family.path.map((p: { name: string }) => p.name)).toEqual([
      "Jawa Timur",
      "Kabupaten Jombang",
      "Bandarkedungmulyo",
    ]);
    const views = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'registry.view_full_numbers' AND entity_id = ${hit.familyId}`,
    );
    expect(views).toHaveLength(1);

    // A change of family card on record: its numbers must be masked in the history too.
    await t.database.db.execute(
      sql`INSERT INTO registry_event (kab_code, kind, no_kk, nik, data)
          VALUES ('35.17', 'anggota_diubah', ${inside[col("no_kk")]}, ${inside[col("nik")]},
                  ${JSON.stringify({ changes: { no_kk: { before: "3517180101200001", after: inside[col("no_kk")] } } })}::jsonb)`,
    );
    const psm = await t.clientAs("psm", ["35.17.18.2003"]);
    const masked = (await psm.get(`/api/registry/families/${hit.familyId}`)).json();
    expect(masked.numbersMasked).toBe(true);
    expect(masked.noKk).toMatch(/•/);
    expect(JSON.stringify(masked)).not.toMatch(/\d{16}/);

    const otherPsm = await t.clientAs("psm", ["35.17.18.2004"]);
    expect((await otherPsm.get(`/api/registry/families/${hit.familyId}`)).statusCode).toBe(404);
    const denied = await queryRows(
      t.database.db,
      sql`SELECT 1 FROM audit_log WHERE action = 'access.denied' AND entity_id = ${hit.familyId}`,
    );
    expect(denied).toHaveLength(1);
  });

  it("answers an upload with bad rows with the rejected-rows file to download, in the caller's language", async () => {
    const bad = syntheticRows(20, 43);
    const victim = bad.find((r) => r[col("hubungan")] !== "kepala") as string[];
    victim[col("tanggal_lahir")] = "2020-13-01";
    dinsos.language = "en";
    const upload = await dinsos.upload("/api/registry/imports", {
      field: "file",
      name: "bad.csv",
      content: csvOf(bad),
    });
    dinsos.language = "id";
    const job = await dinsos.finishedJob(upload.json().jobId);
    expect(job.status).toBe("rejected");
    const download = await dinsos.get(`/api/jobs/${upload.json().jobId}/rejected`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toMatch(/text\/csv/);
    expect(download.body.split("\n")[0]).toMatch(/,baris,kolom,alasan$/);
    expect(download.body).toMatch(/tanggal_lahir/);
    // Someone else's job does not exist for them.
    const other = await t.clientAs("dinsos", ["35.17"]);
    expect((await other.get(`/api/jobs/${upload.json().jobId}`)).statusCode).toBe(404);
  });

  it("reads the partial option whether it comes before or after the file", async () => {
    const bad = syntheticRows(12, 47);
    const victim = bad.find((r) => r[col("hubungan")] !== "kepala") as string[];
    victim[col("jenis_kelamin")] = victim[col("jenis_kelamin")] === "L" ? "P" : "L";
    const upload = await dinsos.upload(
      "/api/registry/imports",
      { field: "file", name: "sebagian.csv", content: csvOf(bad) },
      { partial: "true" },
      { fieldsAfterFile: true },
    );
    const job = await dinsos.finishedJob(upload.json().jobId);
    expect(job.status).toBe("done");
    expect(job.result).toMatchObject({ rows: 12, accepted: 11, rejected: 1 });
  });

  it("refuses an upload that is not CSV or XLSX", async () => {
    const response = await dinsos.upload("/api/registry/imports", {
      field: "file",
      name: "foto.jpg",
      content: "xyz",
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].field).toBe("file");
  });
});
