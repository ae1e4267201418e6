import { writeFileSync } from "node:fs";
import { anggotaHeader, syntheticAnggota } from "../src/registry/synthetic/generate-anggota.ts";

export const BANDARKEDUNGMULYO_DESA = Array.from({ length: 11 }, (_, i) => `35.17.18.${2001 + i}`);

const col = (name: (typeof anggotaHeader)[number]) => anggotaHeader.indexOf(name);

export function csvOf(
  rows: readonly (readonly string[])[],
  header: readonly string[] = anggotaHeader,
): string {
  const cell = (v: string) => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `${[header, ...rows].map((r) => r.map(cell).join(",")).join("\n")}\n`;
}

export function syntheticRows(members: number, seed = 7): string[][] {
  return [...syntheticAnggota({ desaCodes: BANDARKEDUNGMULYO_DESA, members, seed })];
}

/**
 * Ways to break a single row so that only that row is refused: every one touches a member who is not
 * the head (a broken head would take its whole family with it, which is right but not this test).
 */
const corruptions: ((row: string[], rows: string[][], index: number) => void)[] = [
  (r) => {
    r[col("nik")] = (r[col("nik")] ?? "").slice(0, 15);
  },
  (r) => {
    r[col("nik")] = `${(r[col("nik")] ?? "").slice(0, 12)}12AB`;
  },
  (r) => {
    r[col("tanggal_lahir")] = "2019-02-30";
  },
  (r) => {
    r[col("jenis_kelamin")] = r[col("jenis_kelamin")] === "L" ? "P" : "L";
  },
  (r) => {
    r[col("hubungan")] = "tetangga";
  },
  (r) => {
    r[col("desil")] = "11";
  },
  (r) => {
    r[col("kode_desa")] = "35.17.18.2999";
  },
  (r) => {
    r[col("nama")] = "   ";
  },
  (r) => {
    r[col("no_kk")] = "35171800000000";
  },
  (r) => {
    r[col("tanggal_lahir")] = "31/12/2099";
  },
  // An exact repeat of the row above it (same family, not the head): the repeat is refused.
  (r, rows, index) => {
    const previous = rows[index - 1];
    if (previous && previous[col("hubungan")] !== "kepala") r.splice(0, r.length, ...previous);
    else r[col("desil")] = "0";
  },
];

/** `count` rows broken in turn by each corruption; returns the 1-based file lines (header is line 1). */
export function corrupt(rows: string[][], count: number): number[] {
  const lines: number[] = [];
  let k = 0;
  for (let i = 1; i < rows.length && lines.length < count; i += 7) {
    const row = rows[i];
    if (!row || row[col("hubungan")] === "kepala") continue;
    const next = rows[i + 1];
    // Keep clear of the row a repeat would copy, so one break never touches two rows.
    if (next && lines.includes(i + 1)) continue;
    const fn = corruptions[k % corruptions.length];
    fn?.(row, rows, i);
    k += 1;
    lines.push(i + 2);
  }
  return lines;
}

export function writeCsv(
  path: string,
  rows: readonly (readonly string[])[],
  header?: readonly string[],
): string {
  writeFileSync(path, csvOf(rows, header));
  return path;
}

export { anggotaHeader, col };
