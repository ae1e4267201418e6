import { z } from "zod";

/**
 * The shared vocabulary of distribution (docs/domain.md, Distribution, 6T, Reconciliation, KKS card
 * problems, Fraud; docs/formats.md §3–§5). Each feature's own request and answer shapes live in its file
 * beside this one.
 */

/** A period is a month, `YYYY-MM` (docs/formats.md); a PKH stage is paid in one of its months. */
export const ZPeriod = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
export type TPeriod = z.infer<typeof ZPeriod>;

/** Whether the bank has put the period's balance on the family's card (terinjek). */
export const injectionStatuses = ["belum", "terinjek", "gagal"] as const;
export const ZInjectionStatus = z.enum(injectionStatuses);
export type TInjectionStatus = z.infer<typeof ZInjectionStatus>;

/** A transaction as the bank or the agent recorded it (docs/formats.md §4 `status`). */
export const transactionStatuses = ["berhasil", "gagal"] as const;
export const ZTransactionStatus = z.enum(transactionStatuses);
export type TTransactionStatus = z.infer<typeof ZTransactionStatus>;

/** Reconciliation classes (docs/formats.md, Reconciliation result). */
export const reconciliationClasses = ["tersalur", "sebagian", "belum", "tidak_terdaftar"] as const;
export const ZReconciliationClass = z.enum(reconciliationClasses);
export type TReconciliationClass = z.infer<typeof ZReconciliationClass>;

/** Why a listed family has not withdrawn or spent its aid (docs/domain.md, Reconciliation). */
export const fieldReasonCodes = [
  "tidak_terinjek",
  "saldo_nol",
  "kartu_bermasalah",
  "tidak_hadir",
  "pindah",
  "meninggal",
  "lainnya",
] as const;
export const ZFieldReason = z.enum(fieldReasonCodes);
export type TFieldReason = z.infer<typeof ZFieldReason>;
export const fieldReasonLabels: Record<TFieldReason, { id: string; en: string }> = {
  tidak_terinjek: { id: "Saldo belum terinjek", en: "Balance not injected" },
  saldo_nol: { id: "Saldo nol", en: "Zero balance" },
  kartu_bermasalah: {
    id: "Kartu bermasalah (hilang, rusak, terblokir)",
    en: "Card problem (lost, damaged, blocked)",
  },
  tidak_hadir: { id: "Tidak hadir", en: "Absent" },
  pindah: { id: "Pindah", en: "Moved" },
  meninggal: { id: "Meninggal dunia", en: "Deceased" },
  lainnya: { id: "Lainnya", en: "Other" },
};

/** The six Tepat of 6T monitoring (docs/domain.md, 6T monitoring). */
export const aspects6T = ["sasaran", "jumlah", "harga", "mutu", "waktu", "administrasi"] as const;
export const ZAspect6T = z.enum(aspects6T);
export type TAspect6T = z.infer<typeof ZAspect6T>;
export const aspect6TLabels: Record<TAspect6T, { id: string; en: string }> = {
  sasaran: { id: "Tepat sasaran", en: "Right target" },
  jumlah: { id: "Tepat jumlah", en: "Right quantity" },
  harga: { id: "Tepat harga", en: "Right price" },
  mutu: { id: "Tepat mutu", en: "Right quality" },
  waktu: { id: "Tepat waktu", en: "Right time" },
  administrasi: { id: "Tepat administrasi", en: "Right administration" },
};

/** A KKS card's states over its life (issue 5, KKS cards). */
export const cardStatuses = [
  "dicetak",
  "diserahkan",
  "diblokir",
  "hilang",
  "rusak",
  "tertelan",
  "diganti",
  "ditarik",
] as const;
export const ZCardStatus = z.enum(cardStatuses);
export type TCardStatus = z.infer<typeof ZCardStatus>;

/** Who holds a card now: the family, a staff member (a user), the bank, or the desa office. */
export const holderKinds = ["keluarga", "staf", "bank", "desa"] as const;
export const ZHolderKind = z.enum(holderKinds);
export type THolderKind = z.infer<typeof ZHolderKind>;

/** What the anomaly list looks for (docs/domain.md, Fraud seen in the field). */
export const anomalyKinds = [
  "pengurus_meninggal",
  "pengurus_pindah",
  "kartu_di_staf",
  "banyak_kartu_satu_agen",
  "dibayar_dua_kali",
  "melebihi_nominal",
  "kartu_tak_dikenal",
] as const;
export const ZAnomalyKind = z.enum(anomalyKinds);
export type TAnomalyKind = z.infer<typeof ZAnomalyKind>;

export const anomalyStatuses = ["terbuka", "ditangani", "selesai", "bukan_masalah"] as const;
export const ZAnomalyStatus = z.enum(anomalyStatuses);
export type TAnomalyStatus = z.infer<typeof ZAnomalyStatus>;
