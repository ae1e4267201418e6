import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TDatabase } from "../db/database.ts";
import { importAnggota } from "../registry/import/import-anggota.ts";
import { syntheticAnggotaCsv } from "../registry/synthetic/generate-anggota.ts";
import { systemActor } from "../scope/actor.ts";

/** About 2,500 families: the size of one kecamatan's DTKS list in the field studies. */
export const DEMO_MEMBERS = 9_000;
const DEMO_SEED = 35_17_18;

/**
 * The demo's families in Bandarkedungmulyo, made by the same deterministic generator the benchmark
 * uses and loaded through the real importer (so the demo exercises the path real files take).
 */
export async function loadDemoFamilies(
  database: TDatabase,
  desaCodes: readonly string[],
): Promise<{ members: number }> {
  const dir = mkdtempSync(join(tmpdir(), "kawal-demo-"));
  try {
    const file = join(dir, "anggota-demo.csv");
    writeFileSync(
      file,
      [...syntheticAnggotaCsv({ desaCodes, members: DEMO_MEMBERS, seed: DEMO_SEED })].join(""),
    );
    const result = await importAnggota(database, systemActor, {
      path: file,
      partial: false,
      language: "id",
      rejectedPath: join(dir, "ditolak.csv"),
    });
    if (result.status !== "done") throw new Error(`demo families rejected: ${result.rejected} rows`);
    return { members: result.accepted };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
