import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { syntheticAnggotaCsv } from "@kawal/server/bench";
import { outDir } from "../paths.ts";

/** Desa codes under a prefix, read from the same idn-area-data files Kawal loads. */
export async function desaCodesUnder(prefix: string): Promise<string[]> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("idn-area-data/package.json")), "data", "villages.csv");
  const codes: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file) })) {
    const code = line.split(",", 1)[0] ?? "";
    if (code.startsWith(`${prefix}.`)) codes.push(code);
  }
  return codes;
}

/**
 * A deterministic `anggota` file of `members` rows in Kabupaten Jombang (35.17), or only Kecamatan
 * Bandarkedungmulyo at kecamatan scale. Generated once and reused: the same size always has the same rows.
 */
export async function anggotaFile(members: number): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `anggota-${members}.csv`);
  if (existsSync(file)) return file;
  const prefix = members <= 20_000 ? "35.17.18" : "35.17";
  const desaCodes = await desaCodesUnder(prefix);
  const partial = `${file}.part`;
  const out = createWriteStream(partial);
  for (const chunk of syntheticAnggotaCsv({ desaCodes, members, seed: 20_261_125 })) {
    if (!out.write(chunk)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(partial, file);
  return file;
}
