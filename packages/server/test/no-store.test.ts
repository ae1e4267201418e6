import { beforeAll, describe, expect, it } from "vitest";
import { dbTargets } from "./db-targets.ts";
import { makeFamily } from "./factories/family.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

describe.each(dbTargets)("answers with personal data are never cached, on $name", (target) => {
  const t = testAppForSuite(target);
  let admin: TestClient;
  let familyId: string;
  beforeAll(async () => {
    admin = await t.clientAs("admin", ["ID"]);
    ({ id: familyId } = await makeFamily(t.database.db, {
      noKk: "3517180101299901",
      desa: "35.17.18.2001",
      members: [{ nik: "3517184505859901", nama: "Simpan Tidak" }],
    }));
  });

  it("marks the family page, the search, an export and a rejected-rows file no-store", async () => {
    const upload = await admin.upload("/api/registry/imports", {
      field: "file",
      name: "anggota.csv",
      content:
        "no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,kode_desa\n123,456,X,kepala,L,1970-01-01,35.17.18.2001\n",
    });
    const job = await admin.finishedJob((upload.json() as { jobId: string }).jobId);
    const answers = [
      await admin.get(`/api/registry/families/${familyId}`),
      await admin.post("/api/registry/search", { q: "3517180101299901" }),
      await admin.get("/api/usulan/export?format=csv"),
      await admin.get(`/api/jobs/${job.id}/rejected`),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200]);
    expect(answers.map((a) => a.headers["cache-control"])).toEqual([
      "no-store",
      "no-store",
      "no-store",
      "no-store",
    ]);
  });
});
