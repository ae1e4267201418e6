import { z } from "zod";
import { isFutureDate } from "../time/local-date.ts";
import { aspects6T, type TAspect6T, ZAspect6T, ZPeriod } from "./distribution.ts";

/**
 * 6T monitoring (DOMAIN.md, 6T monitoring): a checklist of one e-Warong agent for one programme and
 * period, the six Tepat each met or not, a finding when not, a follow-up tracked to closure. The same
 * schemas check the phone form and the endpoints.
 */

/** An agent id as FORMATS.md §5 writes it (not personal data, so it may travel in a body or a URL). */
export const ZMonitoringIdAgen = z
  .string("id agen wajib diisi / the agent id is required")
  .regex(/^[A-Za-z0-9._-]{1,32}$/, "id agen tidak valid / the agent id is not valid");

const text1000 = (what: { id: string; en: string }) =>
  z.string().trim().max(1000, `${what.id} paling panjang 1000 huruf / ${what.en} is at most 1000 characters`);

export const ZMonitoringAspectInput = z.strictObject({
  aspek: ZAspect6T,
  sesuai: z.boolean("pilih sesuai atau tidak / choose met or not met"),
  temuan: text1000({ id: "temuan", en: "the finding" }).optional(),
  tindakLanjut: text1000({ id: "tindak lanjut", en: "the follow-up" }).optional(),
});
export type TMonitoringAspectInput = z.infer<typeof ZMonitoringAspectInput>;

const ZChecklistDate = z.iso
  .date("tanggal harus YYYY-MM-DD / the date must be YYYY-MM-DD")
  // Judged against the clock at parse time; the server checks again with its own clock.
  .refine(
    (value) => !isFutureDate(value, new Date()),
    "tanggal tidak boleh di masa depan / the date cannot be in the future",
  );

/**
 * The six aspects: each Tepat exactly once, and a finding wherever an aspect is not met. Issues name
 * the entry (`aspek.2.temuan`) so a form shows each message beside its field.
 */
const ZAspekList = z.array(ZMonitoringAspectInput).superRefine((items, ctx) => {
  const seen = new Set<TAspect6T>();
  items.forEach((item, i) => {
    if (seen.has(item.aspek)) {
      ctx.addIssue({
        code: "custom",
        path: [i, "aspek"],
        message: `aspek ${item.aspek} diisi dua kali / the aspect ${item.aspek} is given twice`,
      });
    }
    seen.add(item.aspek);
    if (!item.sesuai && !item.temuan) {
      ctx.addIssue({
        code: "custom",
        path: [i, "temuan"],
        message: "temuan wajib diisi bila tidak sesuai / a finding is required when the aspect is not met",
      });
    }
  });
  const missing = aspects6T.filter((a) => !seen.has(a));
  if (missing.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: `keenam aspek 6T wajib diisi; belum ada: ${missing.join(", ")} / all six 6T aspects are required; missing: ${missing.join(", ")}`,
    });
  }
});

/** `POST /api/monitoring`. */
export const ZMonitoringCreate = z.strictObject({
  program: z.string("program wajib diisi / the programme is required").trim().min(1).max(32),
  periode: ZPeriod,
  idAgen: ZMonitoringIdAgen,
  tanggal: ZChecklistDate,
  catatan: text1000({ id: "catatan", en: "the note" }).optional(),
  aspek: ZAspekList,
});
export type TMonitoringCreate = z.infer<typeof ZMonitoringCreate>;
export type TMonitoringCreateInput = z.input<typeof ZMonitoringCreate>;

/** `PUT /api/monitoring/:id`: the date, note and the six aspects again (a checklist is whole). */
export const ZMonitoringUpdate = z.strictObject({
  tanggal: ZChecklistDate,
  catatan: text1000({ id: "catatan", en: "the note" }).optional(),
  aspek: ZAspekList,
});
export type TMonitoringUpdate = z.infer<typeof ZMonitoringUpdate>;

/** `POST /api/monitoring/:id/aspek/:aspek/tutup`. */
export const ZFollowUpClose = z.strictObject({
  catatan: z
    .string("catatan penutupan wajib diisi / a closing note is required")
    .trim()
    .min(1, "catatan penutupan wajib diisi / a closing note is required")
    .max(1000, "catatan paling panjang 1000 huruf / the note is at most 1000 characters"),
});
export type TFollowUpClose = z.infer<typeof ZFollowUpClose>;

/** The score: how many of the six Tepat are met. */
export function checklistScore(aspek: readonly { sesuai: boolean }[]): number {
  return aspek.filter((a) => a.sesuai).length;
}

export const followUpStatuses = ["terbuka", "selesai"] as const;
export type TFollowUpStatus = (typeof followUpStatuses)[number];

const ZProgramQuery = z.string().trim().min(1).max(32).default("SEMBAKO");

export const ZMonitoringListQuery = z.strictObject({
  program: ZProgramQuery,
  /** The latest period of the programme when left out. */
  periode: ZPeriod.optional(),
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, "kode kecamatan tidak valid / the kecamatan code is not valid")
    .optional(),
});
export type TMonitoringListQuery = z.infer<typeof ZMonitoringListQuery>;

export const ZMonitoringSummaryQuery = z.strictObject({
  program: ZProgramQuery,
  periode: ZPeriod.optional(),
});
export type TMonitoringSummaryQuery = z.infer<typeof ZMonitoringSummaryQuery>;

export const ZFollowUpQuery = z.strictObject({
  status: z.enum(followUpStatuses).default("terbuka"),
});
export type TFollowUpQuery = z.infer<typeof ZFollowUpQuery>;

export interface TMonitoringRegion {
  code: string;
  name: string;
}

export interface TMonitoringAgentRef {
  idAgen: string;
  nama: string;
  desa: TMonitoringRegion;
}

/** One agent of the scope in a period's list, with its checklist when it has been checked. */
export interface TMonitoringListItem {
  agen: TMonitoringAgentRef;
  checklist: {
    id: string;
    tanggal: string;
    skor: number;
    tindakLanjutTerbuka: number;
  } | null;
}

export interface TMonitoringList {
  program: string;
  periode: string | null;
  /** The programme's periods, newest first, for the period picker. */
  periods: string[];
  items: TMonitoringListItem[];
}

export interface TMonitoringAspectView {
  aspek: TAspect6T;
  sesuai: boolean;
  temuan: string | null;
  adaFoto: boolean;
  tindakLanjut: string | null;
  status: TFollowUpStatus | null;
  ditutupPada: string | null;
  ditutupOleh: string | null;
  catatanPenutupan: string | null;
}

/**
 * Read-only hints from the recorded transactions for the checker: they do not set any aspect, the
 * checker judges. Each list is capped; the counts are whole.
 */
export interface TMonitoringSupport {
  transaksi: { berhasil: number; gagal: number };
  /** Item lines priced above the HET in force on the day (Tepat harga). */
  diAtasHet: {
    jumlah: number;
    contoh: {
      idTransaksi: string;
      tanggal: string;
      komoditas: string;
      satuan: string;
      hargaSatuan: number;
      het: number;
    }[];
  };
  /** Successful transactions dated before the family's balance was injected (Tepat waktu). */
  sebelumInjeksi: { jumlah: number; contoh: { idTransaksi: string; tanggal: string; terinjek: string }[] };
  /** Whether the agent has schedule days this period, and successful transactions on other days. */
  jadwal: { hari: string[]; luarJadwal: number; contoh: { idTransaksi: string; tanggal: string }[] };
  /** Failed transactions by the bank's or agent's reason (Tepat administrasi). */
  gagalPerAlasan: { alasan: string; jumlah: number }[];
}

export interface TMonitoringChecklist {
  id: string;
  program: string;
  periode: string;
  agen: TMonitoringAgentRef;
  tanggal: string;
  skor: number;
  catatan: string | null;
  petugas: { id: string; nama: string | null };
  createdAt: string;
  updatedAt: string;
  /** Open while none of its follow-ups has been closed: only then may its findings change. */
  terbuka: boolean;
  aspek: TMonitoringAspectView[];
  pendukung: TMonitoringSupport;
}

export interface TFollowUpItem {
  monitoringId: string;
  program: string;
  periode: string;
  agen: TMonitoringAgentRef;
  tanggal: string;
  aspek: TAspect6T;
  temuan: string | null;
  tindakLanjut: string;
  status: TFollowUpStatus;
  ditutupPada: string | null;
}

/** The 6T figures of one kecamatan of the scope for one period. */
export interface TMonitoringSummaryRow {
  kecamatan: TMonitoringRegion;
  agen: number;
  diperiksa: number;
  /** The average score of the checked agents (0–6), null when none was checked. */
  rataSkor: number | null;
  /** Per aspect, the percentage of checked agents meeting it (null when none was checked). */
  persenSesuai: Record<TAspect6T, number | null>;
  tindakLanjutTerbuka: number;
}

export interface TMonitoringSummary {
  program: string;
  periode: string | null;
  periods: string[];
  items: TMonitoringSummaryRow[];
}
