import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { makeAidFamily, type TAidFamily } from "./aid-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { DESA } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const NIK_IN_NOTE = "3517184505850777";

describe.each(dbTargets)("numbers typed into free text, on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let psm: TestClient;
  let family: TAidFamily;
  beforeAll(async () => {
    tksk = await t.clientAs("tksk", [DESA]);
    psm = await t.clientAs("psm", [DESA]);
    family = await makeAidFamily(t, DESA, "0777", { nama: "Tulis Catatan", desil: 3 });
    const recorded = await tksk.post(
      `/api/registry/families/${family.id}/aid`,
      {
        jenisPemberi: "perorangan",
        pemberi: "Haji Darmo",
        bentuk: "uang",
        uraian: `Diserahkan ke anak, NIK ${NIK_IN_NOTE}, lewat ketua RT`,
        nilai: "Rp100.000",
        tanggal: new Date().toISOString().slice(0, 10),
      },
      { "idempotency-key": randomUUID() },
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
  });

  const uraianSeenBy = async (client: TestClient) => {
    const answer = await client.get(`/api/registry/families/${family.id}/aid`);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.body;
  };

  it("masks a NIK inside a note for a role that sees numbers masked, on the family's aid and the ledger", async () => {
    const seen = await uraianSeenBy(psm);
    expect(seen).toContain("NIK 3517••••••••0777, lewat ketua RT");
    expect(seen).not.toContain(NIK_IN_NOTE);
    const ledger = await psm.get("/api/aid");
    expect(ledger.statusCode).toBe(200);
    expect(ledger.body).toContain("3517••••••••0777");
    expect(ledger.body).not.toContain(NIK_IN_NOTE);
  });

  it("shows it whole to a role that sees full numbers", async () => {
    expect(await uraianSeenBy(tksk)).toContain(`NIK ${NIK_IN_NOTE}, lewat ketua RT`);
  });
});
