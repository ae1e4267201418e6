import {
  maskNumber,
  type TAnomalyEvidence,
  type TAnomalyKind,
  type TAnomalyStatus,
  type TAnomalyTransaction,
  type TAnomalyUserRef,
  type TAnomalyView,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";

/** A finding as read from the database; numbers in full, to be masked before they leave. */
export interface TAnomalyRow {
  kab_code: string;
  id: string;
  jenis: TAnomalyKind;
  status: TAnomalyStatus;
  program_code: string | null;
  periode: string | null;
  no_kk: string | null;
  no_kks: string | null;
  id_agen: string | null;
  desa_code: string;
  desa_name: string | null;
  bukti: TAnomalyEvidence;
  catatan: string | null;
  ditemukan_pada: string;
  diselesaikan_pada: string | null;
  pemilik_id: string | null;
  pemilik_username: string | null;
  pemilik_name: string | null;
  penyelesai_id: string | null;
  penyelesai_username: string | null;
  penyelesai_name: string | null;
}

const iso = (column: string) =>
  sql.raw(`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** Findings with their desa name and the names of the owner and of who closed them. */
export function selectAnomalies(db: TDb, where: SQL, tail: SQL = sql``): Promise<TAnomalyRow[]> {
  return queryRows<TAnomalyRow>(
    db,
    sql`SELECT a.kab_code, a.id, a.jenis, a.status, a.program_code, a.periode, a.no_kk, a.no_kks, a.id_agen,
               a.desa_code, w.name AS desa_name, a.bukti, a.catatan, ${iso("a.ditemukan_pada")} AS ditemukan_pada,
               ${iso("a.diselesaikan_pada")} AS diselesaikan_pada,
               a.pemilik_id, pu.username AS pemilik_username, pu.full_name AS pemilik_name,
               a.diselesaikan_oleh AS penyelesai_id, su.username AS penyelesai_username, su.full_name AS penyelesai_name
        FROM anomali a
        LEFT JOIN wilayah w ON w.code = a.desa_code
        LEFT JOIN users pu ON pu.id = a.pemilik_id
        LEFT JOIN users su ON su.id = a.diselesaikan_oleh
        WHERE ${where} ${tail}`,
  );
}

function userRef(id: string | null, username: string | null, name: string | null): TAnomalyUserRef | null {
  return id === null ? null : { id, username: username ?? "", fullName: name ?? "" };
}

/** The list shape of a finding: numbers masked (ARCHITECTURE.md, Principles: security and privacy). */
export function anomalyViewOf(row: TAnomalyRow): TAnomalyView {
  return {
    id: row.id,
    jenis: row.jenis,
    status: row.status,
    programCode: row.program_code,
    periode: row.periode,
    noKk: row.no_kk === null ? null : maskNumber(row.no_kk),
    noKks: row.no_kks === null ? null : maskNumber(row.no_kks),
    idAgen: row.id_agen,
    desa: { code: row.desa_code, name: row.desa_name },
    ditemukanPada: row.ditemukan_pada,
    pemilik: userRef(row.pemilik_id, row.pemilik_username, row.pemilik_name),
  };
}

export function closerOf(row: TAnomalyRow): TAnomalyUserRef | null {
  return userRef(row.penyelesai_id, row.penyelesai_username, row.penyelesai_name);
}

const maskTx = (t: TAnomalyTransaction): TAnomalyTransaction => ({ ...t, noKks: maskNumber(t.noKks) });

/** The evidence with every card number and NIK masked. */
export function maskEvidence(bukti: TAnomalyEvidence): TAnomalyEvidence {
  switch (bukti.jenis) {
    case "pengurus_meninggal":
    case "pengurus_pindah":
      return { ...bukti, transaksi: maskTx(bukti.transaksi), nikPengurus: maskNumber(bukti.nikPengurus) };
    case "kartu_di_staf":
    case "melebihi_nominal":
      return { ...bukti, transaksi: maskTx(bukti.transaksi) };
    case "banyak_kartu_satu_agen":
    case "dibayar_dua_kali":
    case "kartu_tak_dikenal":
      return { ...bukti, transaksi: bukti.transaksi.map(maskTx) };
  }
}
