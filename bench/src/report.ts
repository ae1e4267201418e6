import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, totalmem } from "node:os";
import { join, relative } from "node:path";
import { outDir, repoRoot } from "./paths.ts";
import type { TScenarioResult } from "./scenario.ts";
import { summarise } from "./stats.ts";

function format(value: number, unit: "s" | "MB" | "x" | "ms" | "/s"): string {
  if (unit === "s") return `${value.toFixed(2)} s`;
  if (unit === "ms") return `${value.toFixed(1)} ms`;
  if (unit === "x") return `${value.toFixed(2)}×`;
  if (unit === "/s") return `${Math.round(value)}/s`;
  return `${Math.round(value)} MB`;
}

function loadText(): string {
  return loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");
}

/** The result as a plain-text table: one row per measurement, median first. */
export function resultTable(name: string, runs: number, result: TScenarioResult): string {
  const header = ["pengukuran / measurement", "median", "min", "max", "target", ""];
  const rows = result.measurements.map((m) => {
    const s = summarise(m.values);
    const verdict = m.target === undefined ? "" : s.median < m.target ? "ok" : "OVER";
    return [
      m.label,
      format(s.median, m.unit),
      format(s.min, m.unit),
      format(s.max, m.unit),
      m.target === undefined ? "" : `< ${format(m.target, m.unit)}`,
      verdict,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const lines = [
    `${name}: ${runs} run(s), Node ${process.version}, ${availableParallelism()} CPU, load average ${loadText()}`,
    line(header),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map(line),
    ...result.skipped.map((reason) => `dilewati / skipped: ${reason}`),
  ];
  return lines.join("\n");
}

/** Writes `bench/out/<name>.json` and returns its path relative to the repository. */
export function writeResultJson(name: string, runs: number, result: TScenarioResult): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${name}.json`);
  const body = {
    scenario: name,
    at: new Date().toISOString(),
    runs,
    machine: {
      node: process.version,
      platform: process.platform,
      cpus: availableParallelism(),
      memoryMB: Math.round(totalmem() / 1_048_576),
      // Other work on the machine moves every number here; the load says how much there was.
      loadAverage: loadavg(),
    },
    measurements: result.measurements.map((m) => {
      const s = summarise(m.values);
      return { ...m, ...s, withinTarget: m.target === undefined ? null : s.median < m.target };
    }),
    skipped: result.skipped,
  };
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return relative(repoRoot, file);
}
