import { z } from "zod";

/**
 * The shared vocabulary of distribution (DOMAIN.md, Distribution, 6T, Reconciliation, KKS card
 * problems, Fraud; FORMATS.md §3–§5). Each feature's own request and answer shapes live in its file
 * beside this one.
 */

/** A period is a month, `YYYY-MM` (FORMATS.md); a PKH stage is paid in one of its months. */
export const ZPeriode = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "YYYY-MM");
export type TPeriode = z.infer<typeof ZPeriode>;

/** Whether the bank has put the period's balance on the family's card (terinjek). */
export const injeksiStatuses = ["belum", "terinjek", "gagal"] as const;
export const ZInjeksiStatus = z.enum(injeksiStatuses);
export type TInjeksiStatus = z.infer<typeof ZInjeksiStatus>;

/** A transaction as the bank or the agent recorded it (FORMATS.md §4 `status`). */
export const transaksiStatuses = ["berhasil", "gagal"] as const;
export const ZTransaksiStatus = z.enum(transaksiStatuses);
export type TTransaksiStatus = z.infer<typeof ZTransaksiStatus>;

/** Reconciliation classes (FORMATS.md, Reconciliation result). */
export const rekonsiliasiKelas = ["tersalur", "sebagian", "belum", "tidak_terdaftar"] as const;
export const ZRekonsiliasiKelas = z.enum(rekonsiliasiKelas);
export type TRekonsiliasiKelas = z.infer<typeof ZRekonsiliasiKelas>;

/** Why a listed family has not withdrawn or spent its aid (DOMAIN.md, Reconciliation). */
export const alasanBelumCodes = [
  "tidak_terinjek",
  "saldo_nol",
  "kartu_bermasalah",
  "tidak_hadir",
  "pindah",
  "meninggal",
  "lainnya",
] as const;
export const ZAlasanBelum = z.enum(alasanBelumCodes);
export type TAlasanBelum = z.infer<typeof ZAlasanBelum>;
export const alasanBelumLabels: Record<TAlasanBelum, { id: string; en: string }> = {
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

/** The six Tepat of 6T monitoring (DOMAIN.md, 6T monitoring). */
export const aspek6T = ["sasaran", "jumlah", "harga", "mutu", "waktu", "administrasi"] as const;
export const ZAspek6T = z.enum(aspek6T);
export type TAspek6T = z.infer<typeof ZAspek6T>;
export const aspek6TLabels: Record<TAspek6T, { id: string; en: string }> = {
  sasaran: { id: "Tepat sasaran", en: "Right target" },
  jumlah: { id: "Tepat jumlah", en: "Right quantity" },
  harga: { id: "Tepat harga", en: "Right price" },
  mutu: { id: "Tepat mutu", en: "Right quality" },
  waktu: { id: "Tepat waktu", en: "Right time" },
  administrasi: { id: "Tepat administrasi", en: "Right administration" },
};

/** A KKS card's states over its life (issue 5, KKS cards). */
export const kartuStatuses = [
  "dicetak",
  "diserahkan",
  "diblokir",
  "hilang",
  "rusak",
  "tertelan",
  "diganti",
  "ditarik",
] as const;
export const ZKartuStatus = z.enum(kartuStatuses);
export type TKartuStatus = z.infer<typeof ZKartuStatus>;

/** Who holds a card now: the family, a staff member (a user), the bank, or the desa office. */
export const pemegangKinds = ["keluarga", "staf", "bank", "desa"] as const;
export const ZPemegangKind = z.enum(pemegangKinds);
export type TPemegangKind = z.infer<typeof ZPemegangKind>;

/** What the anomaly list looks for (DOMAIN.md, Fraud seen in the field). */
export const anomaliKinds = [
  "pengurus_meninggal",
  "pengurus_pindah",
  "kartu_di_staf",
  "banyak_kartu_satu_agen",
  "dibayar_dua_kali",
  "melebihi_nominal",
  "kartu_tak_dikenal",
] as const;
export const ZAnomaliKind = z.enum(anomaliKinds);
export type TAnomaliKind = z.infer<typeof ZAnomaliKind>;

export const anomaliStatuses = ["terbuka", "ditangani", "selesai", "bukan_masalah"] as const;
export const ZAnomaliStatus = z.enum(anomaliStatuses);
export type TAnomaliStatus = z.infer<typeof ZAnomaliStatus>;
