import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { isFutureDate } from "../time/local-date.ts";
import { aspects6T, type TAspect6T, ZAspect6T, ZPeriod } from "./distribution.ts";

/**
 * 6T monitoring (docs/domain.md, 6T monitoring): a checklist of one e-Warong agent for one programme and
 * period, the six Tepat each met or not, a finding when not, a follow-up tracked to closure. The same
 * schemas check the phone form and the endpoints.
 */

/** An agent id as docs/formats.md §5 writes it (not personal data, so it may travel in a body or a URL). */
export const ZMonitoringIdAgen = z
  .string(commonMessages.agentIdRequired)
  .regex(
    /^[A-Za-z0-9._-]{1,32}$/,
    schemaMessage({ id: "id agen tidak valid", en: "the agent id is not valid" }),
  );

const text1000 = (what: { id: string; en: string }) =>
  z
    .string()
    .trim()
    .max(
      1000,
      schemaMessage({
        id: `${what.id} paling panjang 1000 huruf`,
        en: `${what.en} is at most 1000 characters`,
      }),
    );

export const ZMonitoringAspectInput = z.strictObject({
  aspek: ZAspect6T,
  sesuai: z.boolean(schemaMessage({ id: "pilih sesuai atau tidak", en: "choose met or not met" })),
  temuan: text1000({ id: "temuan", en: "the finding" }).optional(),
  tindakLanjut: text1000({ id: "tindak lanjut", en: "the follow-up" }).optional(),
});
export type TMonitoringAspectInput = z.infer<typeof ZMonitoringAspectInput>;

const ZChecklistDate = z.iso
  .date(commonMessages.dateFormat)
  // Judged against the clock at parse time; the server checks again with its own clock.
  .refine((value) => !isFutureDate(value, new Date()), commonMessages.notFuture);

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
        message: schemaMessage({
          id: `aspek ${item.aspek} diisi dua kali`,
          en: `the aspect ${item.aspek} is given twice`,
        }),
      });
    }
    seen.add(item.aspek);
    if (!item.sesuai && !item.temuan) {
      ctx.addIssue({
        code: "custom",
        path: [i, "temuan"],
        message: schemaMessage({
          id: "temuan wajib diisi bila tidak sesuai",
          en: "a finding is required when the aspect is not met",
        }),
      });
    }
  });
  const missing = aspects6T.filter((a) => !seen.has(a));
  if (missing.length > 0) {
    ctx.addIssue({
      code: "custom",
      message: schemaMessage({
        id: `keenam aspek 6T wajib diisi; belum ada: ${missing.join(", ")}`,
        en: `all six 6T aspects are required; missing: ${missing.join(", ")}`,
      }),
    });
  }
});

/** `POST /api/monitoring`. */
export const ZMonitoringCreate = z.strictObject({
  program: z
    .string(schemaMessage({ id: "program wajib diisi", en: "the programme is required" }))
    .trim()
    .min(1)
    .max(32),
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
    .string(schemaMessage({ id: "catatan penutupan wajib diisi", en: "a closing note is required" }))
    .trim()
    .min(1, schemaMessage({ id: "catatan penutupan wajib diisi", en: "a closing note is required" }))
    .max(
      1000,
      schemaMessage({ id: "catatan paling panjang 1000 huruf", en: "the note is at most 1000 characters" }),
    ),
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
    .regex(
      /^\d{2}\.\d{2}\.\d{2}$/,
      schemaMessage({ id: "kode kecamatan tidak valid", en: "the kecamatan code is not valid" }),
    )
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
