import { z } from "zod";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { ZPeriod } from "./distribution.ts";

/**
 * The monthly distribution schedule (DOMAIN.md, Distribution): the TKSK sets, per e-Warong agent, the
 * days KPM come to spend or withdraw, the hours and the families expected. The agent and the desa see it.
 */

const ZProgramCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9_]{2,32}$/, "kode program tidak valid / not a programme code")
  .default("SEMBAKO");
const ZIdAgen = z
  .string()
  .trim()
  .min(1, "id agen wajib diisi / the agent id is required")
  .max(64, "id agen terlalu panjang / the agent id is too long");
const ZTanggal = z.iso.date("tanggal harus YYYY-MM-DD / the date must be YYYY-MM-DD");
/** `HH:MM`, 24-hour clock, as a schedule is printed. */
const ZJam = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "jam harus JJ:MM, mis. 08:00 / the time must be HH:MM, e.g. 08:00");

/** `POST /api/distribution/schedules`: one day at one agent. */
export const ZScheduleCreate = z
  .strictObject({
    program: ZProgramCode,
    periode: ZPeriod,
    idAgen: ZIdAgen,
    tanggal: ZTanggal,
    jamMulai: ZJam,
    jamSelesai: ZJam,
    catatan: z
      .string()
      .trim()
      .max(500, "catatan paling banyak 500 huruf / at most 500 characters")
      .optional(),
    /** The families' opaque ids; when absent, every listed family of the agent's desa not yet scheduled. */
    familyIds: z
      .array(z.uuid("id keluarga tidak valid / not a family id"))
      .min(1, "pilih minimal satu keluarga / choose at least one family")
      .max(5000, "paling banyak 5.000 keluarga per hari / at most 5,000 families a day")
      .optional(),
  })
  .superRefine((value, ctx) => {
    // A day outside the period's month would schedule families for a month their balance is not for.
    if (!value.tanggal.startsWith(`${value.periode}-`)) {
      ctx.addIssue({
        code: "custom",
        path: ["tanggal"],
        message: `tanggal harus di bulan periode ${value.periode} / the date must fall in the period's month ${value.periode}`,
      });
    }
    if (value.jamMulai >= value.jamSelesai) {
      ctx.addIssue({
        code: "custom",
        path: ["jamSelesai"],
        message: "jam selesai harus setelah jam mulai / the end time must be after the start time",
      });
    }
  });
export type TScheduleCreate = z.infer<typeof ZScheduleCreate>;

/** `GET /api/distribution/schedules`: the days of a period in the caller's scope (an agent: its own). */
export const ZScheduleListQuery = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
  desa: ZWilayahCode.optional(),
  idAgen: ZIdAgen.optional(),
});
export type TScheduleListQuery = z.infer<typeof ZScheduleListQuery>;

/** `GET /api/distribution/schedules/agents`: the agents of the scope with their listed and scheduled families. */
export const ZScheduleAgentsQuery = z.strictObject({
  program: ZProgramCode,
  periode: ZPeriod,
});
export type TScheduleAgentsQuery = z.infer<typeof ZScheduleAgentsQuery>;

export interface TScheduleAgent {
  idAgen: string;
  nama: string;
  bank: string;
  desa: { code: string; name: string };
  /** Families on the period's payment list in the agent's desa. */
  listed: number;
  /** Of those, families already on a day of this period (at any agent). */
  scheduled: number;
  /** Days built for this agent in the period. */
  days: number;
}

export interface TScheduleSummary {
  id: string;
  program: string;
  periode: string;
  agen: { idAgen: string; nama: string };
  desa: { code: string; name: string };
  tanggal: string;
  jamMulai: string;
  jamSelesai: string;
  catatan: string | null;
  families: number;
  /** The sum of the families' listed amounts. */
  nominal: number;
  createdAt: string;
}

export interface TScheduleFamily {
  familyId: string;
  /** Masked. */
  noKk: string;
  /** Masked. */
  noKks: string;
  /** The card holder (pengurus), or the head when the holder is not in the registry. */
  nama: string | null;
  nominal: number;
}

export interface TScheduleDetail extends TScheduleSummary {
  familyList: TScheduleFamily[];
}
