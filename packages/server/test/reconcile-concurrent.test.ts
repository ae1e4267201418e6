import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import {
  addTransaction,
  listFamily,
  makePeriods,
  PERIODE,
  PROGRAM,
  type TStoredRow,
} from "./reconcile-fixture.ts";
import { DESA, OWN_KEC as KEC } from "./regions.ts";
import { testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const ROUNDS = 5;

/**
 * Two runs of one period at once (a TKSK double-clicking "Rekonsiliasi", or the TKSK and the Dinas
 * officer together) both succeed and leave exactly what one run leaves.
 */
describe.each(dbTargets)("concurrent reconciliation on $name", (target) => {
  const t = testAppForSuite(target);
  let tksk: TestClient;
  let dinsos: TestClient;

  /** The stored rows of the period, without the run's timestamp. */
  const stored = async () => {
    const rows = await queryRows<TStoredRow>(
      t.database.db,
      sql`SELECT * FROM rekonsiliasi WHERE program_code = ${PROGRAM} AND periode = ${PERIODE} ORDER BY kunci`,
    );
    return rows.map(({ computed_at: _, ...rest }) => rest);
  };
  const reconcile = async (client: TestClient) => {
    const response = await client.post("/api/distribution/reconcile", { periode: PERIODE });
    expect(response.statusCode, response.body).toBe(200);
    const { durationMs: _, ...result } = response.json();
    return result;
  };

  beforeAll(async () => {
    tksk = await t.clientAs("tksk", [KEC]);
    dinsos = await t.clientAs("dinsos", ["35.17"]);
    await makePeriods(t);
    for (let i = 1; i <= 20; i++) {
      const serial = String(i).padStart(4, "0");
      const family = await listFamily(t, DESA, serial, `Keluarga ${serial}`);
      if (i % 3 !== 0) {
        await addTransaction(
          t,
          family.noKks,
          DESA,
          i % 2 === 0 ? 200_000 : 100_000,
          "berhasil",
          "2026-01-05T09:00:00+07:00",
        );
      }
    }
    await addTransaction(t, "5999000000000001", DESA, 100_000, "berhasil", "2026-01-08T09:00:00+07:00");
  });

  it("serialises two runs of the same period and area, each answering a single run's result", async () => {
    const single = await reconcile(tksk);
    expect(single).toMatchObject({ listed: 20, tersalur: 7, sebagian: 7, belum: 6, tidakTerdaftar: 1 });
    const singleRows = await stored();
    expect(singleRows).toHaveLength(21);
    // From an empty table (both runs insert) and from a stored result (both runs delete, then insert).
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) await t.database.db.execute(sql`DELETE FROM rekonsiliasi`);
      const [first, second] = await Promise.all([reconcile(tksk), reconcile(tksk)]);
      expect(first).toEqual(single);
      expect(second).toEqual(single);
      expect(await stored()).toEqual(singleRows);
    }
  });

  it("serialises the TKSK's run and the Dinas officer's run of the same period", async () => {
    await reconcile(dinsos);
    const singleRows = await stored();
    for (let round = 0; round < ROUNDS; round++) {
      if (round % 2 === 0) await t.database.db.execute(sql`DELETE FROM rekonsiliasi`);
      const [own, kabupaten] = await Promise.all([reconcile(tksk), reconcile(dinsos)]);
      expect(own).toEqual(kabupaten);
      expect(await stored()).toEqual(singleRows);
    }
  });
});
