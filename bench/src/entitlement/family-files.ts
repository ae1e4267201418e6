import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { anggotaHeader, syntheticAnggota } from "@kawal/server/bench";
import { outDir } from "../paths.ts";
import { desaCodesUnder } from "../registry/anggota-file.ts";

const col = (name: (typeof anggotaHeader)[number]) => anggotaHeader.indexOf(name);
const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export interface TFamilyFiles {
  keluarga: string;
  anggota: string;
}

/** Columns of the two files, in the order `\copy` takes them. */
export const keluargaColumns = ["kab_code", "no_kk", "desa_code", "desil"] as const;
export const anggotaColumns = [
  "kab_code",
  "nik",
  "no_kk",
  "desa_code",
  "nama",
  "hubungan",
  "jenis_kelamin",
  "tanggal_lahir",
  "pendidikan",
  "pekerjaan",
  "disabilitas",
  "hamil",
] as const;

/**
 * `families` synthetic families of Kabupaten Jombang as two CSV files shaped like the `keluarga` and
 * `anggota` tables, to load by COPY (the importer is measured elsewhere). Deterministic and cached by
 * size. A repeated NIK or No. KK from the generator is skipped, so the files load under the keys.
 * With `by: "members"`, `size` counts members instead, ending at the family that reaches it.
 */
export async function familyFiles(
  size: number,
  by: "families" | "members" = "families",
): Promise<TFamilyFiles> {
  mkdirSync(outDir, { recursive: true });
  const suffix = by === "families" ? `${size}` : `${size}m`;
  const files = {
    keluarga: join(outDir, `entitlement-keluarga-${suffix}.csv`),
    anggota: join(outDir, `entitlement-anggota-${suffix}.csv`),
  };
  const families = by === "families" ? size : Number.POSITIVE_INFINITY;
  const memberCap = by === "members" ? size : Number.POSITIVE_INFINITY;
  if (existsSync(files.keluarga) && existsSync(files.anggota)) return files;
  const desaCodes = await desaCodesUnder("35.17");
  const kk = createWriteStream(`${files.keluarga}.part`);
  const members = createWriteStream(`${files.anggota}.part`);
  const niks = new Set<string>();
  const kks = new Set<string>();
  let skipping = false;
  let kkLines: string[] = [];
  let memberLines: string[] = [];
  const flush = async () => {
    if (!kk.write(kkLines.join(""))) await once(kk, "drain");
    if (!members.write(memberLines.join(""))) await once(members, "drain");
    kkLines = [];
    memberLines = [];
  };
  const generated = by === "families" ? size * 8 : size * 2;
  for (const row of syntheticAnggota({ desaCodes, members: generated, seed: 20_261_126 })) {
    const cell = (name: (typeof anggotaHeader)[number]) => row[col(name)] ?? "";
    const desa = cell("kode_desa");
    const kab = desa.slice(0, 5);
    if (cell("hubungan") === "kepala") {
      if (kks.size >= families || niks.size >= memberCap) break;
      skipping = kks.has(cell("no_kk"));
      if (skipping) continue;
      kks.add(cell("no_kk"));
      kkLines.push(`${[kab, cell("no_kk"), desa, cell("desil")].join(",")}\n`);
    }
    if (skipping || niks.has(cell("nik"))) continue;
    niks.add(cell("nik"));
    memberLines.push(
      `${[
        kab,
        cell("nik"),
        cell("no_kk"),
        desa,
        cell("nama"),
        cell("hubungan"),
        cell("jenis_kelamin"),
        cell("tanggal_lahir"),
        cell("pendidikan"),
        cell("pekerjaan"),
        cell("disabilitas") === "ya" ? "t" : "f",
        cell("hamil") === "ya" ? "t" : "f",
      ]
        .map(csvCell)
        .join(",")}\n`,
    );
    if (memberLines.length >= 10_000) await flush();
  }
  await flush();
  kk.end();
  members.end();
  await Promise.all([once(kk, "finish"), once(members, "finish")]);
  renameSync(`${files.keluarga}.part`, files.keluarga);
  renameSync(`${files.anggota}.part`, files.anggota);
  return files;
}
