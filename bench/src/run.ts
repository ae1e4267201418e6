import { BenchUsageError, parseBenchArgs, usage } from "./args.ts";
import { resultTable, writeResultJson } from "./report.ts";
import { scenarios } from "./scenarios.ts";

/** `npm run bench -- [scenario] [--runs N]`: runs the scenarios, prints a table each, writes JSON. */
async function main(argv: readonly string[]): Promise<number> {
  let args: ReturnType<typeof parseBenchArgs>;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`${error.message}\n${usage}\n`);
    return 2;
  }
  const list = scenarios.map((s) => `  ${s.name.padEnd(10)} ${s.description}`).join("\n");
  if (args.help) {
    process.stdout.write(`${usage}\n\nSkenario / scenarios:\n${list}\n`);
    return 0;
  }
  const chosen = args.scenario === undefined ? scenarios : scenarios.filter((s) => s.name === args.scenario);
  if (chosen.length === 0) {
    process.stderr.write(`Skenario tidak dikenal / unknown scenario: ${args.scenario}\n${list}\n`);
    return 2;
  }
  for (const scenario of chosen) {
    process.stderr.write(`== ${scenario.name}: ${scenario.description}\n`);
    const result = await scenario.run({
      runs: args.runs,
      members: args.members,
      families: args.families,
      log: (message) => process.stderr.write(`   ${message}\n`),
    });
    process.stdout.write(`\n${resultTable(scenario.name, args.runs, result)}\n`);
    process.stdout.write(`JSON: ${writeResultJson(scenario.name, args.runs, result)}\n`);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
