import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { desaKecamatanFields, programPeriodFields } from "../views/view-fields.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { ZInjectionStatus } from "./distribution.ts";

/** What the period, payment-list and agent endpoints answer; the web app reads the same types. */

export const ZPeriodView = z.object({
  ...programPeriodFields,
  tahap: z.number().nullable(),
  mulai: z.string(),
  selesai: z.string(),
});
export type TPeriodView = z.infer<typeof ZPeriodView>;

export const ZPeriodList = listOf(ZPeriodView);
export type TPeriodList = z.infer<typeof ZPeriodList>;

export const ZInjectionResult = z.object({
  ...programPeriodFields,
  desa: z.string().nullable(),
  status: ZInjectionStatus,
  /** Rows whose status changed. */
  updated: z.number(),
});
export type TInjectionResult = z.infer<typeof ZInjectionResult>;

export const ZPaymentSummaryRow = z.object({
  ...desaKecamatanFields,
  keluarga: z.number(),
  nominal: z.number(),
  belum: z.number(),
  terinjek: z.number(),
  gagal: z.number(),
});
export type TPaymentSummaryRow = z.infer<typeof ZPaymentSummaryRow>;

export const ZPaymentSummary = z.object({
  ...programPeriodFields,
  items: z.array(ZPaymentSummaryRow),
});
export type TPaymentSummary = z.infer<typeof ZPaymentSummary>;

export const ZPaymentListItem = z.object({
  id: z.string(),
  /** The family's opaque id (`keluarga.id`), for opening it; null when it left the registry. */
  familyId: z.string().nullable(),
  noKk: z.string(),
  noKks: z.string(),
  pengurus: z.string().nullable(),
  nominal: z.number(),
  bank: z.string(),
  tahap: z.number().nullable(),
  statusInjeksi: ZInjectionStatus,
  terinjekPada: z.string().nullable(),
});
export type TPaymentListItem = z.infer<typeof ZPaymentListItem>;

export const ZPaymentListPage = z.object({
  desa: ZRegionRef,
  items: z.array(ZPaymentListItem),
  nextCursor: z.string().nullable(),
});
export type TPaymentListPage = z.infer<typeof ZPaymentListPage>;

export const ZAgentView = z.object({
  idAgen: z.string(),
  nama: z.string(),
  bank: z.string(),
  alamat: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  aktif: z.boolean(),
  desa: ZRegionRef,
  /** The agent's own login, when linked. */
  user: z.object({ id: z.string(), username: z.string(), fullName: z.string() }).nullable(),
});
export type TAgentView = z.infer<typeof ZAgentView>;

export const ZAgentList = listOf(ZAgentView);
export type TAgentList = z.infer<typeof ZAgentList>;
