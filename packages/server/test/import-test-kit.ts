import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { rolePermissions } from "@kawal/core";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll } from "vitest";
import type { TDatabase, TDb } from "../src/db/database.ts";
import { openPglite } from "../src/db/open-pglite.ts";
import { openPostgres } from "../src/db/open-postgres.ts";
import type { TActor } from "../src/scope/actor.ts";
import type { TDbTarget } from "./db-targets.ts";
import { familyNumbers, kecamatanDigits, makeFamily } from "./factories/index.ts";
import { type TTestApp, testAppForSuite } from "./test-app.ts";
import type { TestClient } from "./test-client.ts";

const kawal = fileURLToPath(new URL("../bin/kawal.js", import.meta.url));

/** Runs the `kawal` command without blocking the test worker (a blocked worker misses its own heartbeats). */
export function runKawal(args: string[], env: Record<string, string>, cwd?: string) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [kawal, ...args], {
      env: { ...process.env, DATABASE_URL: "", KAWAL_DATA: "", ...env },
      timeout: 180_000,
      ...(cwd ? { cwd } : {}),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A folder for the files and an empty database for the `kawal` command, as the command finds it. */
export interface TCliDatabase {
  dir: string;
  /** The command's environment: the embedded database in the folder, or the fresh one on the server. */
  env: Record<string, string>;
  /** The same database opened in the test, for seeding and counting. */
  open(): Promise<TDatabase>;
  /** Drops the database and removes the folder. */
  close(): Promise<void>;
}

export async function openCliDatabase(
  target: TDbTarget,
  prefix: string,
  options: { dataDir?: string; poolSize?: number } = {},
): Promise<TCliDatabase> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (target.name === "pglite") {
    const data = join(dir, options.dataDir ?? "data");
    return { dir, env: { KAWAL_DATA: data }, open: () => openPglite(data), close: async () => remove() };
  }
  const opened = await target.open();
  await opened.database.close();
  const url = opened.url ?? "";
  return {
    dir,
    env: { DATABASE_URL: url },
    open: () => openPostgres(url, { poolSize: options.poolSize ?? 1 }),
    close: async () => {
      await opened.drop();
      remove();
    },
  };
}

/** Opens the command's database in the test, hands it to `use` and closes it again. */
export async function withCliDatabase<T>(
  cli: TCliDatabase,
  use: (database: TDatabase) => Promise<T>,
): Promise<T> {
  const database = await cli.open();
  try {
    return await use(database);
  } finally {
    await database.close();
  }
}

/**
 * The command's database for a suite: opened before it, with the files written into its folder and the
 * seed in it, and dropped after it. Its fields are there once the suite's `beforeAll` hooks have run.
 */
export function cliDatabaseForSuite(
  target: TDbTarget,
  prefix: string,
  setup: {
    files?: Record<string, string>;
    seed?: (database: TDatabase) => Promise<void>;
    /** Called once it is ready, to take its folder and environment. */
    ready?: (cli: TCliDatabase) => void;
  } = {},
): TCliDatabase {
  let opened: TCliDatabase | undefined;
  const cli = () => {
    if (!opened) throw new Error("the command's database is opened in beforeAll");
    return opened;
  };
  beforeAll(async () => {
    opened = await openCliDatabase(target, prefix);
    writeFiles(opened.dir, setup.files ?? {});
    if (setup.seed) await withCliDatabase(opened, setup.seed);
    setup.ready?.(opened);
  });
  afterAll(async () => opened?.close());
  return {
    get dir() {
      return cli().dir;
    },
    get env() {
      return cli().env;
    },
    open: () => cli().open(),
    close: () => cli().close(),
  };
}

/** Two families of Kecamatan Bandarkedungmulyo, a head and a wife each, as an `anggota` file. */
export const TWO_FAMILIES_ANGGOTA = `no_kk,nik,nama,hubungan,jenis_kelamin,tanggal_lahir,kode_desa
3517180101200001,3517180101800001,Slamet,kepala,L,1980-01-01,35.17.18.2003
3517180101200001,3517184505850001,Siti,istri,P,1985-05-05,35.17.18.2003
3517180101200002,3517180101800002,Joko,kepala,L,1980-01-01,35.17.18.2004
3517180101200002,3517184505850002,Sri,istri,P,1985-05-05,35.17.18.2004
`;

/** Writes the named files into the folder. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/**
 * The suite's test app, with a dinsos officer of Kecamatan Bandarkedungmulyo (35.17.18) as the importer
 * (signed up before the suite's own `beforeAll` hooks) and a folder for the files.
 */
export function importAppForSuite(
  target: TDbTarget,
  prefix: string,
): { t: TTestApp; actor: TActor; dir: string } {
  const t = testAppForSuite(target);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const actor = {} as TActor;
  beforeAll(async () => {
    const user = await t.makeUser("dinsos", ["35.17.18"]);
    Object.assign(actor, {
      userId: user.id,
      username: user.username,
      role: "dinsos",
      scopes: ["35.17.18"],
      permissions: rolePermissions.dinsos,
    } satisfies TActor);
  });
  return { t, actor, dir };
}

let written = 0;
/** A CSV file of the header and rows in the folder, under a name of its own. */
export function csvFile(dir: string, header: string, rows: readonly string[], name = "berkas"): string {
  written += 1;
  const path = join(dir, `${name}-${written}.csv`);
  writeFileSync(path, `${header}\n${rows.join("\n")}\n`);
  return path;
}

/** A rejected-rows file (or any CSV) as records by column name. */
export const readRecords = (path: string | null) =>
  parse(readFileSync(path ?? "", "utf8"), { columns: true }) as Record<string, string>[];

/** The named counts of an import's `changes`, summed over the kabupaten. */
export function sumChanges<TName extends string>(
  changes: readonly Record<TName, number>[],
  names: readonly TName[],
): Record<TName, number> {
  const totals = Object.fromEntries(names.map((name) => [name, 0])) as Record<TName, number>;
  for (const change of changes) for (const name of names) totals[name] += change[name];
  return totals;
}

let families = 0;
/** A family (a head and a wife) in a desa, straight in the registry; a new one each call. */
export async function addFamily(
  db: TDb,
  desa: string,
): Promise<{ noKk: string; kepala: string; istri: string }> {
  families += 1;
  const serial = String(families).padStart(4, "0");
  const { noKk, nik: kepala } = familyNumbers(desa, serial);
  const istri = `${kecamatanDigits(desa)}450585${serial}`;
  await makeFamily(db, {
    desa,
    noKk,
    members: [
      { nik: kepala, nama: "Kepala" },
      { nik: istri, nama: "Istri", hubungan: "istri", jenisKelamin: "P", tanggalLahir: "1985-05-05" },
    ],
  });
  return { noKk, kepala, istri };
}

/** An import job as `GET /api/jobs/:id` shows it once it has finished (polled for up to ten seconds). */
export async function finishedJob(client: TestClient, jobId: string) {
  let job = (await client.get(`/api/jobs/${jobId}`)).json();
  for (let i = 0; i < 100 && (job.status === "queued" || job.status === "running"); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    job = (await client.get(`/api/jobs/${jobId}`)).json();
  }
  return job;
}
