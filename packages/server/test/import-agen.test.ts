import type { TAgenCounts } from "@kawal/core";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { importAgen } from "../src/distribution/agents/import-agen.ts";
import { dbTargets } from "./db-targets.ts";
import { csvFile, importAppForSuite, readRecords, sumChanges } from "./import-test-kit.ts";

const HEADER = "id_agen,nama,kode_desa,bank,alamat,lat,lon";
const total = (changes: TAgenCounts[]) => sumChanges(changes, ["created", "updated", "unchanged"]);

describe.each(dbTargets)("agen import on $name", (target) => {
  const { t, actor, dir } = importAppForSuite(target, "kawal-agen-");
  const file = (rows: string[]) => csvFile(dir, HEADER, rows, "agen");
  const run = (path: string, partial = false) =>
    importAgen(t.database, actor, { path, partial, language: "id", rejectedPath: `${path}.ditolak.csv` });
  const snapshot = async () =>
    (
      await queryRows<{ agents: string | null; audits: number }>(
        t.database.db,
        sql`SELECT (SELECT md5(string_agg(concat_ws(',', kab_code, id_agen, nama, desa_code, bank, alamat, lat, lon, user_id, job_id), '|'
                      ORDER BY kab_code, id_agen)) FROM agen) AS agents,
                   (SELECT count(*)::int FROM audit_log WHERE action LIKE 'agent.%') AS audits`,
      )
    )[0];
  const agentOf = async (id: string) =>
    (
      await queryRows<{ nama: string; desa_code: string; bank: string; lat: number | null }>(
        t.database.db,
        sql`SELECT nama, desa_code, bank, lat FROM agen WHERE id_agen = ${id}`,
      )
    )[0];

  it("imports a good file, changes nothing the second time, and audits a changed agent", async () => {
    const path = file([
      "EW-001,e-Warong Sumber Rejeki,35.17.18.2003,BRI,Dusun Krajan RT 01,-7.5432,112.2345",
      "EW-002,  e-Warong   Maju ,3517182004,bni,,,",
    ]);
    const result = await run(path);
    expect(result).toMatchObject({ status: "done", rows: 2, accepted: 2, rejected: 0 });
    expect(total(result.changes)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await agentOf("EW-002")).toEqual({
      nama: "e-Warong Maju",
      desa_code: "35.17.18.2004",
      bank: "BNI",
      lat: null,
    });

    const before = await snapshot();
    const again = await run(path);
    expect(total(again.changes)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect({ ...(await snapshot()), audits: 0 }).toEqual({ ...before, audits: 0 });

    const changed = await run(file(["EW-002,e-Warong Maju Jaya,35.17.18.2004,BNI,,,"]));
    expect(total(changed.changes)).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const [audit] = await queryRows<{ data: { updates: Record<string, unknown>[] } }>(
      t.database.db,
      sql`SELECT data FROM audit_log WHERE action = 'agent.update' AND entity_id = ${changed.jobId}`,
    );
    expect(audit?.data.updates).toEqual([
      expect.objectContaining({
        idAgen: "EW-002",
        before: expect.objectContaining({ nama: "e-Warong Maju" }),
        after: expect.objectContaining({ nama: "e-Warong Maju Jaya" }),
      }),
    ]);
  });

  it("rejects a bad file whole, naming each bad row; --partial takes the rest", async () => {
    // An agent of another area, which this importer must not take over.
    await t.database.db.execute(
      sql`INSERT INTO agen (kab_code, id_agen, nama, desa_code, bank) VALUES ('35.17', 'EW-LAIN', 'Agen Lain', '35.17.17.2002', 'BRI')`,
    );
    const path = file([
      "EW-010,e-Warong Baru,35.17.18.2003,BRI,,,", // 2: good
      "EW 011,e-Warong Spasi,35.17.18.2003,BRI,,,", // 3: id
      "EW-012,,35.17.18.2003,BRI,,,", // 4: name
      "EW-013,e-Warong,35.17.18,BRI,,,", // 5: not a desa code
      "EW-014,e-Warong,35.17.18.2003,BCA,,,", // 6: bank
      "EW-015,e-Warong,35.17.18.2003,BRI,,52.1,112.2", // 7: latitude out of Indonesia
      "EW-016,e-Warong,35.17.18.2003,BRI,,-7.5,", // 8: latitude without longitude
      "EW-017,e-Warong,35.17.18.2999,BRI,,,", // 9: unknown desa
      "EW-018,e-Warong,35.17.17.2002,BRI,,,", // 10: outside the area
      "EW-019,e-Warong Satu,35.17.18.2003,BRI,,,", // 11: twice
      "EW-019,e-Warong Dua,35.17.18.2004,BRI,,,", // 12: twice
      "EW-LAIN,Agen Diambil,35.17.18.2003,BRI,,,", // 13: another area's agent
    ]);
    const before = await snapshot();
    const refused = await run(path);
    expect(refused).toMatchObject({ status: "rejected", rows: 12, accepted: 0, rejected: 11 });
    expect(await snapshot()).toEqual(before);
    const records = readRecords(refused.rejectedFile);
    expect(records.map((r) => [Number(r.baris), r.kolom])).toEqual([
      [3, "id_agen"],
      [4, "nama"],
      [5, "kode_desa"],
      [6, "bank"],
      [7, "lat"],
      [8, "lon"],
      [9, "kode_desa"],
      [10, "kode_desa"],
      [11, "id_agen"],
      [12, "id_agen"],
      [13, "id_agen"],
    ]);
    expect(records[7]?.alasan).toBe("Desa ini di luar wilayah Anda");
    expect(records[10]?.alasan).toContain("di luar wilayah Anda");

    const partial = await run(path, true);
    expect(partial).toMatchObject({ status: "done", accepted: 1, rejected: 11 });
    expect(total(partial.changes)).toEqual({ created: 1, updated: 0, unchanged: 0 });
    expect(await agentOf("EW-LAIN")).toMatchObject({ nama: "Agen Lain", desa_code: "35.17.17.2002" });
  });
});
