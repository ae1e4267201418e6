import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { failInterruptedJobs } from "../src/jobs/job-store.ts";
import { importAnggota } from "../src/registry/import/import-anggota.ts";
import { systemActor } from "../src/scope/actor.ts";
import { loadWilayah } from "../src/wilayah/load-wilayah.ts";
import { syntheticRows, writeCsv } from "./anggota-fixture.ts";
import { dbTargets } from "./db-targets.ts";
import { openCliDatabase, type TCliDatabase } from "./import-test-kit.ts";

const kawal = fileURLToPath(new URL("../bin/kawal.js", import.meta.url));

/**
 * Killing an import at a random moment leaves the registry exactly as before, and the job is then
 * reported as interrupted rather than left running.
 */
describe.each(dbTargets)("an import killed mid-way on $name", (target) => {
  let dir: string;
  let env: Record<string, string>;
  let open: () => Promise<TDatabase>;
  let cli: TCliDatabase;

  beforeAll(async () => {
    cli = await openCliDatabase(target, "kawal-kill-", { dataDir: "", poolSize: 2 });
    ({ dir, env, open } = cli);
    // A registry that already holds families, so "as before" is not merely "empty".
    const database = await open();
    await loadWilayah(database);
    const seedFile = writeCsv(join(dir, "awal.csv"), syntheticRows(3_000, 31));
    await importAnggota(database, systemActor, {
      path: seedFile,
      partial: false,
      language: "id",
      rejectedPath: join(dir, "x.csv"),
    });
    await database.close();
  });
  afterAll(async () => cli.close());

  const fingerprint = async (database: TDatabase) =>
    queryRows(
      database.db,
      sql`SELECT (SELECT count(*)::int FROM anggota) AS members, (SELECT count(*)::int FROM keluarga) AS families,
                 (SELECT count(*)::int FROM registry_event) AS events, (SELECT count(*)::int FROM audit_log) AS audit,
                 (SELECT md5(string_agg(nik || nama || no_kk, ',' ORDER BY nik)) FROM anggota) AS digest`,
    );

  it("leaves the registry as it was", async () => {
    let database = await open();
    const before = await fingerprint(database);
    await database.close();
    // Big enough that the import is still running at the latest moment chosen below.
    const file = writeCsv(join(dir, "besar.csv"), syntheticRows(250_000, 37));
    for (const delay of [
      300 + Math.floor(Math.random() * 1_500),
      2_000 + Math.floor(Math.random() * 2_500),
    ]) {
      const child = spawn(process.execPath, [kawal, "import", "anggota", file, "--json"], {
        env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env },
        stdio: "ignore",
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on("close", (_code, signal) => resolve(signal)),
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      // The kill must meet a running import, or this test would prove nothing.
      expect(await exited, `import still running after ${delay} ms`).toBe("SIGKILL");
      database = await open();
      expect(await fingerprint(database), `killed after ${delay} ms`).toEqual(before);
      await failInterruptedJobs(database.db);
      const running = await queryRows(database.db, sql`SELECT id FROM job WHERE status = 'running'`);
      expect(running).toEqual([]);
      await database.close();
    }
  });
});
