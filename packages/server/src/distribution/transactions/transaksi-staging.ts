import type { TTransaksiItemRow, TTransaksiRow } from "@kawal/core";
import { copyField } from "../../interchange/staged-rows.ts";

/**
 * The temporary tables a `transaksi` file and its item file are checked in: the rows (the reasons
 * rows are refused go beside them, in `<table>_reject`). All live in the import's transaction only (ON COMMIT DROP).
 */
export const transaksiStagingColumns = [
  "line",
  "waktu",
  "periode",
  "program",
  "no_kks",
  "nominal",
  "status",
  "alasan",
  "id_agen",
  "id_transaksi",
] as const;

export const itemStagingColumns = [
  "line",
  "id_transaksi",
  "komoditas",
  "jumlah",
  "satuan",
  "harga_satuan",
] as const;

export const createTransaksiStagingSql = [
  `CREATE TEMP TABLE stg_transaksi (
    line integer NOT NULL, waktu timestamptz NOT NULL, periode text NOT NULL, program text NOT NULL,
    no_kks text NOT NULL, nominal bigint NOT NULL, status text NOT NULL, alasan text, id_agen text NOT NULL,
    id_transaksi text NOT NULL,
    kab_code text, desa_code text,
    -- baru: not stored yet; sama: stored with the same content (re-import, changes nothing).
    state text NOT NULL DEFAULT 'baru',
    rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
];

export const createItemStagingSql = [
  `CREATE TEMP TABLE stg_item (
    line integer NOT NULL, id_transaksi text NOT NULL, komoditas text NOT NULL, jumlah numeric NOT NULL,
    satuan text NOT NULL, harga_satuan bigint NOT NULL,
    kab_code text, waktu timestamptz, baris smallint, het bigint,
    state text NOT NULL DEFAULT 'baru',
    rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
];

/** One CSV line for COPY, in `transaksiStagingColumns` order; an absent reason is NULL. */
export function transaksiStagingLine(line: number, row: TTransaksiRow): string {
  return `${line},${row.waktu},${row.periode},${copyField(row.program)},${row.noKks},${row.nominal},${row.status},${copyField(row.alasan)},${copyField(row.idAgen)},${copyField(row.idTransaksi)}`;
}

export function itemStagingLine(line: number, row: TTransaksiItemRow): string {
  return `${line},${copyField(row.idTransaksi)},${copyField(row.komoditas)},${row.jumlah},${copyField(row.satuan)},${row.hargaSatuan}`;
}
