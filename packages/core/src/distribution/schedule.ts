import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { ZPeriod } from "./distribution.ts";
import { ZProgramCodeOrSembako } from "./distribution-program-code.ts";

/**
 * The monthly distribution schedule (docs/domain.md, Distribution): the TKSK sets, per e-Warong agent, the
 * days KPM come to spend or withdraw, the hours and the families expected. The agent and the desa see it.
 */

const ZIdAgen = z
  .string()
  .trim()
  .min(1, commonMessages.agentIdRequired)
  .max(64, schemaMessage({ id: "id agen terlalu panjang", en: "the agent id is too long" }));
const ZTanggal = z.iso.date(commonMessages.dateFormat);
/** `HH:MM`, 24-hour clock, as a schedule is printed. */
const ZJam = z
  .string()
  .trim()
  .regex(
    /^([01]\d|2[0-3]):[0-5]\d$/,
    schemaMessage({ id: "jam harus JJ:MM, mis. 08:00", en: "the time must be HH:MM, e.g. 08:00" }),
  );

/** `POST /api/distribution/schedules`: one day at one agent. */
export const ZScheduleCreate = z
  .strictObject({
    program: ZProgramCodeOrSembako,
    periode: ZPeriod,
    idAgen: ZIdAgen,
    tanggal: ZTanggal,
    jamMulai: ZJam,
    jamSelesai: ZJam,
    catatan: z
      .string()
      .trim()
      .max(500, schemaMessage({ id: "catatan paling banyak 500 huruf", en: "at most 500 characters" }))
      .optional(),
    /** The families' opaque ids; when absent, every listed family of the agent's desa not yet scheduled. */
    familyIds: z
      .array(z.uuid(commonMessages.familyId))
      .min(1, commonMessages.atLeastOneFamily)
      .max(
        5000,
        schemaMessage({ id: "paling banyak 5.000 keluarga per hari", en: "at most 5,000 families a day" }),
      )
      .optional(),
  })
  .superRefine((value, ctx) => {
    // A day outside the period's month would schedule families for a month their balance is not for.
    if (!value.tanggal.startsWith(`${value.periode}-`)) {
      addFieldIssue(ctx, "tanggal", {
        id: `tanggal harus di bulan periode ${value.periode}`,
        en: `the date must fall in the period's month ${value.periode}`,
      });
    }
    if (value.jamMulai >= value.jamSelesai) {
      addFieldIssue(ctx, "jamSelesai", {
        id: "jam selesai harus setelah jam mulai",
        en: "the end time must be after the start time",
      });
    }
  });
export type TScheduleCreate = z.infer<typeof ZScheduleCreate>;

/** `GET /api/distribution/schedules`: the days of a period in the caller's scope (an agent: its own). */
export const ZScheduleListQuery = z.strictObject({
  program: ZProgramCodeOrSembako,
  periode: ZPeriod,
  desa: ZWilayahCode.optional(),
  idAgen: ZIdAgen.optional(),
});
export type TScheduleListQuery = z.infer<typeof ZScheduleListQuery>;

/** `GET /api/distribution/schedules/agents`: the agents of the scope with their listed and scheduled families. */
export const ZScheduleAgentsQuery = z.strictObject({
  program: ZProgramCodeOrSembako,
  periode: ZPeriod,
});
export type TScheduleAgentsQuery = z.infer<typeof ZScheduleAgentsQuery>;
