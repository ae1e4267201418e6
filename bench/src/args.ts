import { parseArgs } from "node:util";

export interface TBenchArgs {
  /** Run only this scenario; all of them when absent. */
  scenario: string | undefined;
  runs: number;
  help: boolean;
  /** Synthetic data size for the data scenarios (members), when given. */
  members: number | undefined;
  /** Synthetic data size for the entitlement scenario (families), when given. */
  families: number | undefined;
}

export class BenchUsageError extends Error {}

export const usage = `Pemakaian / usage: npm run bench -- [scenario] [--runs N]
  scenario   nama skenario / scenario name (default: semua / all)
  --runs N   ulangan tiap pengukuran / repetitions of each measurement (default 5)
  --members N  ukuran data sintetis / synthetic data size in members (registry, search: default 1000000;
               peserta: default 100000); transaksi: baris transaksi / transaction rows (default 1300000)
  --families N  jumlah keluarga / families (entitlement: default 200000; overlap: default 300000;
               reconcile: default 1000000; anomalies: default 100000)`;

export function parseBenchArgs(argv: readonly string[]): TBenchArgs {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new BenchUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new BenchUsageError(`one scenario at most, got ${positionals.join(" ")}`);
  const runs = values.runs === undefined ? 5 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new BenchUsageError(`--runs must be a whole number ≥ 1`);
  const members = values.members === undefined ? undefined : Number(values.members);
  if (members !== undefined && (!Number.isInteger(members) || members < 1)) {
    throw new BenchUsageError("--members must be a whole number ≥ 1");
  }
  const families = values.families === undefined ? undefined : Number(values.families);
  if (families !== undefined && (!Number.isInteger(families) || families < 1)) {
    throw new BenchUsageError("--families must be a whole number ≥ 1");
  }
  return { scenario: positionals[0], runs, help: values.help === true, members, families };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      runs: { type: "string" },
      members: { type: "string" },
      families: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
