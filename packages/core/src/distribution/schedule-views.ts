import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { programPeriodFields } from "../views/view-fields.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";

/** What the schedule endpoints answer; the web app reads the same types. */

export const ZScheduleAgent = z.object({
  idAgen: z.string(),
  nama: z.string(),
  bank: z.string(),
  desa: ZRegionRef,
  /** Families on the period's payment list in the agent's desa. */
  listed: z.number(),
  /** Of those, families already on a day of this period (at any agent). */
  scheduled: z.number(),
  /** Days built for this agent in the period. */
  days: z.number(),
});
export type TScheduleAgent = z.infer<typeof ZScheduleAgent>;

export const ZScheduleAgentList = listOf(ZScheduleAgent);
export type TScheduleAgentList = z.infer<typeof ZScheduleAgentList>;

export const ZScheduleSummary = z.object({
  id: z.string(),
  ...programPeriodFields,
  agen: z.object({ idAgen: z.string(), nama: z.string() }),
  desa: ZRegionRef,
  tanggal: z.string(),
  jamMulai: z.string(),
  jamSelesai: z.string(),
  catatan: z.string().nullable(),
  families: z.number(),
  /** The sum of the families' listed amounts. */
  nominal: z.number(),
  createdAt: z.string(),
});
export type TScheduleSummary = z.infer<typeof ZScheduleSummary>;

export const ZScheduleList = listOf(ZScheduleSummary);
export type TScheduleList = z.infer<typeof ZScheduleList>;

export const ZScheduleFamily = z.object({
  familyId: z.string(),
  /** Masked. */
  noKk: z.string(),
  /** Masked. */
  noKks: z.string(),
  /** The card holder (pengurus), or the head when the holder is not in the registry. */
  nama: z.string().nullable(),
  nominal: z.number(),
});
export type TScheduleFamily = z.infer<typeof ZScheduleFamily>;

export const ZScheduleDetail = ZScheduleSummary.extend({ familyList: z.array(ZScheduleFamily) });
export type TScheduleDetail = z.infer<typeof ZScheduleDetail>;
