import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";
import { cliDatabaseForSuite, runKawal, withCliDatabase } from "./import-test-kit.ts";
import { agents, ITEM_HEADER, seedDistribution, TRANSAKSI_HEADER } from "./transactions-fixture.ts";

/** Each test starts the command two or three times; on the embedded database each start migrates first. */
const CLI_TEST_TIMEOUT = 240_000;

const good = `${TRANSAKSI_HEADER}
2024-07-05 09:30,2024-07,SEMBAKO,6019000000000001,200000,berhasil,,${agents.a.idAgen},K-001
2024-07-05 09:40,2024-07,SEMBAKO,6019000000000002,0,gagal,kartu terblokir,${agents.b.idAgen},K-002
`;
const goodItems = `${ITEM_HEADER}
K-001,beras,10,kg,13000
`;
const bad = `${TRANSAKSI_HEADER}
2024-07-06 09:30,2024-07,SEMBAKO,6019000000000003,200000,berhasil,,${agents.a.idAgen},K-003
2024-07-06 09:30,2024-07,SEMBAKO,1234,200000,berhasil,,${agents.a.idAgen},K-004
`;

describe.each(dbTargets)("kawal import transaksi on $name", (target) => {
  let env: Record<string, string>;
  let dir: string;
  const cli = cliDatabaseForSuite(target, "kawal-transaksi-cli-", {
    files: { "transaksi.csv": good, "barang.csv": goodItems, "buruk.csv": bad },
    seed: (database) => seedDistribution(database.db),
    ready: (opened) => ({ env, dir } = opened),
  });

  const count = () =>
    withCliDatabase(cli, async (database) => {
      const [row] = await queryRows<{ t: number; i: number }>(
        database.db,
        sql`SELECT (SELECT count(*)::int FROM transaksi) AS t, (SELECT count(*)::int FROM transaksi_item) AS i`,
      );
      return row;
    });

  it(
    "exits 0 on a good pair of files, and changes nothing the second time",
    async () => {
      const args = [
        "import",
        "transaksi",
        join(dir, "transaksi.csv"),
        "--item",
        join(dir, "barang.csv"),
        "--json",
      ];
      const first = await runKawal(args, env);
      expect(first.status, first.stderr).toBe(0);
      expect(JSON.parse(first.stdout)).toMatchObject({
        ok: true,
        status: "done",
        rows: 2,
        itemRows: 1,
        totals: { created: 2, unchanged: 0, itemsCreated: 1, itemsUnchanged: 0 },
      });
      const again = await runKawal(args, env);
      expect(again.status, again.stderr).toBe(0);
      expect(JSON.parse(again.stdout)).toMatchObject({
        totals: { created: 0, unchanged: 2, itemsCreated: 0, itemsUnchanged: 1 },
      });
      expect(await count()).toEqual({ t: 2, i: 1 });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    "exits 1 on a bad file with the reasons and the rejected file; --partial imports the rest",
    async () => {
      const refused = await runKawal(["import", "transaksi", join(dir, "buruk.csv")], env);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain("DITOLAK");
      const rejected = join(dir, "buruk.ditolak.csv");
      expect(existsSync(rejected)).toBe(true);
      expect(readFileSync(rejected, "utf8")).toContain("No. KKS harus 16 digit angka");
      expect(await count()).toEqual({ t: 2, i: 1 });

      const partial = await runKawal(
        ["import", "transaksi", join(dir, "buruk.csv"), "--partial", "--json"],
        env,
      );
      expect(partial.status, partial.stderr).toBe(0);
      expect(JSON.parse(partial.stdout)).toMatchObject({ ok: true, accepted: 1, rejected: 1 });
      expect(await count()).toEqual({ t: 3, i: 1 });
    },
    CLI_TEST_TIMEOUT,
  );

  it(
    "exits 2 on misuse: a missing item file",
    async () => {
      const missing = await runKawal(
        ["import", "transaksi", join(dir, "transaksi.csv"), "--item", join(dir, "tidak-ada.csv"), "--json"],
        env,
      );
      expect(missing.status).toBe(2);
      expect(JSON.parse(missing.stdout)).toMatchObject({ ok: false, error: "file not found" });
    },
    CLI_TEST_TIMEOUT,
  );
});
