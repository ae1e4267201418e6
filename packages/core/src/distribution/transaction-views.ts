import { z } from "zod";
import { pageOf } from "../views/collections.ts";
import { programPeriodFields } from "../views/view-fields.ts";
import { ZTransactionStatus } from "./distribution.ts";

/** What the transaction endpoints answer; the web app reads the same types. */

export const ZTransaksiItemView = z.object({
  baris: z.number(),
  komoditas: z.string(),
  jumlah: z.number(),
  satuan: z.string(),
  hargaSatuan: z.number(),
  /** The HET in force on the transaction's day; null when the table does not know the commodity and unit. */
  het: z.number().nullable(),
  /** The price is above the HET (Tepat harga broken). */
  diAtasHet: z.boolean(),
});
export type TTransactionItemView = z.infer<typeof ZTransaksiItemView>;

export const ZTransaksiView = z.object({
  idTransaksi: z.string(),
  waktu: z.string(),
  ...programPeriodFields,
  /** Masked (`6019••••••••7890`). */
  noKks: z.string(),
  nominal: z.number(),
  status: ZTransactionStatus,
  alasan: z.string().nullable(),
  idAgen: z.string(),
  namaAgen: z.string().nullable(),
  desaCode: z.string(),
  /** impor or agen. */
  sumber: z.string(),
  items: z.array(ZTransaksiItemView),
});
export type TTransactionView = z.infer<typeof ZTransaksiView>;

export const ZTransaksiPage = pageOf(ZTransaksiView);
export type TTransactionPage = z.infer<typeof ZTransaksiPage>;

/** One line of the HET table in force: what the counter form shows beside a goods line. */
export const ZHetView = z.object({
  komoditas: z.string(),
  satuan: z.string(),
  harga: z.number(),
  berlakuMulai: z.string(),
});
export type THetView = z.infer<typeof ZHetView>;

export const ZHetTable = z.object({
  /** The day the table is in force on (`YYYY-MM-DD`, Jakarta). */
  tanggal: z.string(),
  items: z.array(ZHetView),
});
export type THetTable = z.infer<typeof ZHetTable>;
