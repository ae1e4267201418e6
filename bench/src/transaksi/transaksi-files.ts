import { once } from "node:events";
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { join } from "node:path";
import { outDir } from "../paths.ts";
import { desaCodesUnder } from "../registry/anggota-file.ts";

export const transaksiHeader = "waktu,periode,program,no_kks,nominal,status,alasan,id_agen,id_transaksi";
export const PERIODE = "2024-07";
/** One agent for about every 600 listed families, as in Jombang's e-Warong network. */
const FAMILIES_PER_AGENT = 600;

export interface TTransaksiFixture {
  file: string;
  rows: number;
  /** Listed families: 1.3 transactions each on average (failures, split purchases). */
  families: number;
  agents: { idAgen: string; desa: string }[];
}

const pad = (value: number, width: number) => String(value).padStart(width, "0");
/** The card and the family of listed family `j`, the same in the payment list and the file. */
export const cardOf = (j: number) => `6019${pad(j, 12)}`;
export const noKkOf = (j: number) => `35179900${pad(j, 8)}`;

/**
 * A deterministic `transaksi` file (docs/formats.md §4) of `rows` rows for one Sembako month in Kabupaten
 * Jombang: every listed family withdraws once, three in ten a second time, one row in twenty fails
 * (amount 0 with the bank's reason), and one in a hundred uses a card no list knows. Generated once per
 * size and reused.
 */
export async function transaksiFixture(rows: number): Promise<TTransaksiFixture> {
  const families = Math.max(1, Math.round(rows / 1.3));
  const desa = await desaCodesUnder("35.17");
  const agentCount = Math.max(1, Math.ceil(families / FAMILIES_PER_AGENT));
  const agents = Array.from({ length: agentCount }, (_, i) => ({
    idAgen: `EW-${pad(i + 1, 5)}`,
    desa: desa[i % desa.length] ?? "35.17.18.2001",
  }));
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `transaksi-${rows}.csv`);
  if (!existsSync(file)) {
    const partial = `${file}.part`;
    const out = createWriteStream(partial);
    out.write(`${transaksiHeader}\n`);
    let lines: string[] = [];
    for (let i = 0; i < rows; i++) {
      const family = i % families;
      const agent = agents[Math.floor(family / FAMILIES_PER_AGENT) % agentCount]?.idAgen ?? "EW-00001";
      const day = 1 + (i % 28);
      const minute = (i * 7) % 600;
      const waktu = `2024-07-${pad(day, 2)} ${pad(8 + Math.floor(minute / 60), 2)}:${pad(minute % 60, 2)}:${pad(i % 60, 2)}`;
      const card = i % 100 === 99 ? `6029${pad(i, 12)}` : cardOf(family);
      const failed = i % 20 === 7;
      lines.push(
        `${waktu},${PERIODE},SEMBAKO,${card},${failed ? 0 : i < families ? 200000 : 50000},${failed ? "gagal,saldo tidak cukup" : "berhasil,"},${agent},TRX-${pad(i, 9)}`,
      );
      if (lines.length === 10_000) {
        if (!out.write(`${lines.join("\n")}\n`)) await once(out, "drain");
        lines = [];
      }
    }
    if (lines.length > 0) out.write(`${lines.join("\n")}\n`);
    out.end();
    await once(out, "finish");
    renameSync(partial, file);
  }
  return { file, rows, families, agents };
}
