import { once } from "node:events";
import { createReadStream, createWriteStream, existsSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { createInterface } from "node:readline";

export const pesertaHeader = "program,no_kk,nik_pengurus,status,sejak";

export interface TPesertaFiles {
  /** One Sembako row per family and a PKH row for every second one, all new. */
  baru: string;
  /** Every third Sembako enrolment suspended, the rest unchanged, with a later date. */
  tangguh: string;
  families: number;
  rows: { baru: number; tangguh: number };
}

/** The first member of each family in a table-shaped `anggota` file (columns kab_code, nik, no_kk, …). */
async function pengurusPerFamily(anggotaFile: string): Promise<{ noKk: string; nik: string }[]> {
  const seen = new Set<string>();
  const families: { noKk: string; nik: string }[] = [];
  for await (const line of createInterface({ input: createReadStream(anggotaFile) })) {
    // NIK and No. KK come before the name, the first cell that may be quoted.
    const [, nik = "", noKk = ""] = line.split(",", 3);
    if (seen.has(noKk)) continue;
    seen.add(noKk);
    families.push({ noKk, nik });
  }
  return families;
}

async function write(file: string, lines: string[]): Promise<void> {
  if (existsSync(file)) return;
  const out = createWriteStream(`${file}.part`);
  out.write(`${pesertaHeader}\n`);
  for (let i = 0; i < lines.length; i += 10_000) {
    if (!out.write(`${lines.slice(i, i + 10_000).join("\n")}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  renameSync(`${file}.part`, file);
}

/** The two `peserta` files for the families of `anggotaFile`, beside it, deterministic and reused. */
export async function pesertaFiles(anggotaFile: string): Promise<TPesertaFiles> {
  const families = await pengurusPerFamily(anggotaFile);
  const stem = basename(anggotaFile, ".csv").replace("entitlement-anggota", "peserta");
  const baru = families.flatMap((f, i) => [
    `SEMBAKO,${f.noKk},${f.nik},aktif,2024-01-01`,
    ...(i % 2 === 0 ? [`PKH,${f.noKk},${f.nik},aktif,2024-01-01`] : []),
  ]);
  const tangguh = families.map(
    (f, i) => `SEMBAKO,${f.noKk},${f.nik},${i % 3 === 0 ? "ditangguhkan" : "aktif"},2024-06-01`,
  );
  const files = {
    baru: join(dirname(anggotaFile), `${stem}-baru.csv`),
    tangguh: join(dirname(anggotaFile), `${stem}-tangguh.csv`),
  };
  await write(files.baru, baru);
  await write(files.tangguh, tangguh);
  return { ...files, families: families.length, rows: { baru: baru.length, tangguh: tangguh.length } };
}
