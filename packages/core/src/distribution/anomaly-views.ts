import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { ZAnomalyKind, ZAnomalyStatus } from "./distribution.ts";

/** What the anomaly endpoints answer; the web app reads the same types. */

/** A count per anomaly kind (every kind present). */
const ZKindCounts = z.record(ZAnomalyKind, z.number());

/** New findings per kind from one detection run (a finding already listed is not counted again). */
export const ZAnomalyDetectResult = z.object({ counts: ZKindCounts, total: z.number() });
export type TAnomalyDetectResult = z.infer<typeof ZAnomalyDetectResult>;

/** One transaction as evidence; card numbers are masked in every answer. */
export const ZAnomalyTransaction = z.object({
  idTransaksi: z.string(),
  waktu: z.string(),
  nominal: z.number(),
  noKks: z.string(),
  idAgen: z.string(),
});
export type TAnomalyTransaction = z.infer<typeof ZAnomalyTransaction>;

/** The evidence of a finding, by kind. Numbers (NIK, No. KKS) are masked in answers. */
export const ZAnomalyEvidence = z.discriminatedUnion("jenis", [
  z.object({
    jenis: z.enum(["pengurus_meninggal", "pengurus_pindah"]),
    transaksi: ZAnomalyTransaction,
    nikPengurus: z.string(),
    namaPengurus: z.string().nullable(),
    /** The date of the death or the move (`registry_event.occurred_on`). */
    tanggalPeristiwa: z.string(),
    /** Days from that date to the transaction's local date. */
    hariSetelah: z.number(),
  }),
  z.object({
    jenis: z.literal("kartu_di_staf"),
    transaksi: ZAnomalyTransaction,
    /** The staff member holding the card at the time, from the card's last hand-over before it. */
    pemegang: z.object({ userId: z.string().nullable(), nama: z.string().nullable(), sejak: z.string() }),
  }),
  z.object({
    jenis: z.literal("banyak_kartu_satu_agen"),
    mulai: z.string(),
    selesai: z.string(),
    jumlahKartu: z.number(),
    transaksi: z.array(ZAnomalyTransaction),
  }),
  z.object({
    jenis: z.literal("dibayar_dua_kali"),
    nominalDaftar: z.number(),
    jumlah: z.number(),
    total: z.number(),
    transaksi: z.array(ZAnomalyTransaction),
  }),
  z.object({
    jenis: z.literal("melebihi_nominal"),
    nominalDaftar: z.number(),
    transaksi: ZAnomalyTransaction,
  }),
  z.object({
    jenis: z.literal("kartu_tak_dikenal"),
    jumlah: z.number(),
    total: z.number(),
    transaksi: z.array(ZAnomalyTransaction),
  }),
]);
export type TAnomalyEvidence = z.infer<typeof ZAnomalyEvidence>;

export const ZAnomalyUserRef = z.object({ id: z.string(), username: z.string(), fullName: z.string() });
export type TAnomalyUserRef = z.infer<typeof ZAnomalyUserRef>;

/** A finding in a list: numbers masked, no evidence. */
export const ZAnomalyView = z.object({
  id: z.string(),
  jenis: ZAnomalyKind,
  status: ZAnomalyStatus,
  programCode: z.string().nullable(),
  periode: z.string().nullable(),
  noKk: z.string().nullable(),
  noKks: z.string().nullable(),
  idAgen: z.string().nullable(),
  desa: z.object({ code: z.string(), name: z.string().nullable() }),
  ditemukanPada: z.string(),
  pemilik: ZAnomalyUserRef.nullable(),
});
export type TAnomalyView = z.infer<typeof ZAnomalyView>;

export const ZAnomalyPage = z.object({
  items: z.array(ZAnomalyView),
  nextCursor: z.string().nullable(),
  /** Findings per kind under the same filters except the kind (for the filter chips). */
  counts: ZKindCounts,
});
export type TAnomalyPage = z.infer<typeof ZAnomalyPage>;

/** One finding with its evidence, the family's opaque id (for a link), the owner and the resolution. */
export const ZAnomalyDetail = ZAnomalyView.extend({
  bukti: ZAnomalyEvidence,
  familyId: z.string().nullable(),
  agen: z.object({ idAgen: z.string(), nama: z.string().nullable() }).nullable(),
  catatan: z.string().nullable(),
  diselesaikanPada: z.string().nullable(),
  diselesaikanOleh: ZAnomalyUserRef.nullable(),
});
export type TAnomalyDetail = z.infer<typeof ZAnomalyDetail>;

/** A user who may own a finding: active, allowed to read anomalies, and covering its desa. */
export const ZAnomalyOwnerCandidate = ZAnomalyUserRef.extend({ role: z.string() });
export type TAnomalyOwnerCandidate = z.infer<typeof ZAnomalyOwnerCandidate>;

export const ZAnomalyOwnerCandidates = listOf(ZAnomalyOwnerCandidate);
export type TAnomalyOwnerCandidates = z.infer<typeof ZAnomalyOwnerCandidates>;
