import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { programPeriodFields } from "../views/view-fields.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { ZAspect6T } from "./distribution.ts";
import { followUpStatuses } from "./monitoring.ts";

/** What the 6T monitoring endpoints answer; the web app reads the same types. */

export type TMonitoringRegion = z.infer<typeof ZRegionRef>;

const ZFollowUpStatus = z.enum(followUpStatuses);

export const ZMonitoringAgentRef = z.object({ idAgen: z.string(), nama: z.string(), desa: ZRegionRef });
export type TMonitoringAgentRef = z.infer<typeof ZMonitoringAgentRef>;

/** One agent of the scope in a period's list, with its checklist when it has been checked. */
export const ZMonitoringListItem = z.object({
  agen: ZMonitoringAgentRef,
  checklist: z
    .object({ id: z.string(), tanggal: z.string(), skor: z.number(), tindakLanjutTerbuka: z.number() })
    .nullable(),
});
export type TMonitoringListItem = z.infer<typeof ZMonitoringListItem>;

/** The programme, the period shown (null when the programme has none yet) and its periods for the picker. */
const periodPickerFields = {
  program: z.string(),
  periode: z.string().nullable(),
  /** The programme's periods, newest first, for the period picker. */
  periods: z.array(z.string()),
};

export const ZMonitoringList = z.object({
  ...periodPickerFields,
  items: z.array(ZMonitoringListItem),
});
export type TMonitoringList = z.infer<typeof ZMonitoringList>;

export const ZMonitoringAspekView = z.object({
  aspek: ZAspect6T,
  sesuai: z.boolean(),
  temuan: z.string().nullable(),
  adaFoto: z.boolean(),
  tindakLanjut: z.string().nullable(),
  status: ZFollowUpStatus.nullable(),
  ditutupPada: z.string().nullable(),
  ditutupOleh: z.string().nullable(),
  catatanPenutupan: z.string().nullable(),
});
export type TMonitoringAspectView = z.infer<typeof ZMonitoringAspekView>;

/**
 * Read-only hints from the recorded transactions for the checker: they do not set any aspect, the
 * checker judges. Each list is capped; the counts are whole.
 */
export const ZMonitoringSupport = z.object({
  transaksi: z.object({ berhasil: z.number(), gagal: z.number() }),
  /** Item lines priced above the HET in force on the day (Tepat harga). */
  diAtasHet: z.object({
    jumlah: z.number(),
    contoh: z.array(
      z.object({
        idTransaksi: z.string(),
        tanggal: z.string(),
        komoditas: z.string(),
        satuan: z.string(),
        hargaSatuan: z.number(),
        het: z.number(),
      }),
    ),
  }),
  /** Successful transactions dated before the family's balance was injected (Tepat waktu). */
  sebelumInjeksi: z.object({
    jumlah: z.number(),
    contoh: z.array(z.object({ idTransaksi: z.string(), tanggal: z.string(), terinjek: z.string() })),
  }),
  /** Whether the agent has schedule days this period, and successful transactions on other days. */
  jadwal: z.object({
    hari: z.array(z.string()),
    luarJadwal: z.number(),
    contoh: z.array(z.object({ idTransaksi: z.string(), tanggal: z.string() })),
  }),
  /** Failed transactions by the bank's or agent's reason (Tepat administrasi). */
  gagalPerAlasan: z.array(z.object({ alasan: z.string(), jumlah: z.number() })),
});
export type TMonitoringSupport = z.infer<typeof ZMonitoringSupport>;

export const ZMonitoringChecklist = z.object({
  id: z.string(),
  ...programPeriodFields,
  agen: ZMonitoringAgentRef,
  tanggal: z.string(),
  skor: z.number(),
  catatan: z.string().nullable(),
  petugas: z.object({ id: z.string(), nama: z.string().nullable() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Open while none of its follow-ups has been closed: only then may its findings change. */
  terbuka: z.boolean(),
  aspek: z.array(ZMonitoringAspekView),
  pendukung: ZMonitoringSupport,
});
export type TMonitoringChecklist = z.infer<typeof ZMonitoringChecklist>;

export const ZFollowUpItem = z.object({
  monitoringId: z.string(),
  ...programPeriodFields,
  agen: ZMonitoringAgentRef,
  tanggal: z.string(),
  aspek: ZAspect6T,
  temuan: z.string().nullable(),
  tindakLanjut: z.string(),
  status: ZFollowUpStatus,
  ditutupPada: z.string().nullable(),
});
export type TFollowUpItem = z.infer<typeof ZFollowUpItem>;

export const ZFollowUpList = listOf(ZFollowUpItem);
export type TFollowUpList = z.infer<typeof ZFollowUpList>;

/** The 6T figures of one kecamatan of the scope for one period. */
export const ZMonitoringSummaryRow = z.object({
  kecamatan: ZRegionRef,
  agen: z.number(),
  diperiksa: z.number(),
  /** The average score of the checked agents (0–6), null when none was checked. */
  rataSkor: z.number().nullable(),
  /** Per aspect, the percentage of checked agents meeting it (null when none was checked). */
  persenSesuai: z.record(ZAspect6T, z.number().nullable()),
  tindakLanjutTerbuka: z.number(),
});
export type TMonitoringSummaryRow = z.infer<typeof ZMonitoringSummaryRow>;

export const ZMonitoringSummary = z.object({
  ...periodPickerFields,
  items: z.array(ZMonitoringSummaryRow),
});
export type TMonitoringSummary = z.infer<typeof ZMonitoringSummary>;
