import { runKawalImport } from "../registry/import-process.ts";

export interface TTransaksiRun {
  seconds: number;
  peakMegabytes: number;
  result: Record<string, unknown>;
}

/** Runs `kawal import transaksi FILE --json` as its own process; a failed import is an error here. */
export async function runTransaksiImport(file: string, env: Record<string, string>): Promise<TTransaksiRun> {
  const { seconds, peakMegabytes, exitCode, result } = await runKawalImport("transaksi", file, env);
  if (exitCode !== 0 || result === null) {
    throw new Error(`import exited ${exitCode}: ${JSON.stringify(result).slice(0, 2000)}`);
  }
  return { seconds, peakMegabytes, result };
}
