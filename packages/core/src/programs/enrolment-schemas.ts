import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { addFieldIssue } from "../i18n/field-issue.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZNik } from "../registry/nik.ts";
import { listOf, pageOf } from "../views/collections.ts";
import { ZRegionalCursor } from "../views/regional-cursor.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { enrolmentReasons, enrolmentStatuses } from "./enrolment-machine.ts";

/** The bodies and views of the enrolment endpoints; a form and its endpoint validate alike. */
export const ZEnrolmentStatus = z.enum(
  enrolmentStatuses,
  schemaMessage({
    id: "status: calon, tervalidasi, aktif, ditangguhkan, dihentikan atau graduasi",
    en: "one of the enrolment states",
  }),
);

/** Himbara banks holding KPM accounts (docs/domain.md, People and their roles). */
export const banks = ["BNI", "BRI", "MANDIRI", "BTN", "BSI"] as const;
export const ZBank = z.enum(
  banks,
  schemaMessage({ id: "bank: BNI, BRI, MANDIRI, BTN atau BSI", en: "one of BNI, BRI, MANDIRI, BTN, BSI" }),
);

/** A KKS card number: 16 digits. */
export const ZNoKks = z
  .string()
  .trim()
  .regex(/^\d{16}$/, commonMessages.kksNumber);

/** A programme code as the catalogue writes it (SEMBAKO, PKH, or a local code). */
export const ZProgramCode = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9_]{2,20}$/, commonMessages.programCode));

const ZDate = z.iso.date(commonMessages.dateFormat);

/** Enrolling a family: the programme and the card holder (a member of the family). */
export const ZEnrolmentCreate = z.strictObject({
  programCode: ZProgramCode,
  nikPengurus: ZNik,
  noKks: ZNoKks.optional(),
  bank: ZBank.optional(),
  /** The date the family became a candidate; today when absent. */
  tanggal: ZDate.optional(),
});
export type TEnrolmentCreate = z.infer<typeof ZEnrolmentCreate>;

/** A state change: where to, from when, and why (a code of the target state plus free text). */
export const ZEnrolmentTransition = z
  .strictObject({
    ke: ZEnrolmentStatus,
    tanggal: ZDate,
    alasanKode: z
      .string()
      .trim()
      .min(1, schemaMessage({ id: "pilih alasan", en: "choose a reason" }))
      .max(40),
    keterangan: z.string().trim().max(1000).optional(),
  })
  .superRefine((body, ctx) => {
    const allowed: readonly string[] = enrolmentReasons[body.ke];
    if (!allowed.includes(body.alasanKode)) {
      addFieldIssue(ctx, "alasanKode", {
        id: `alasan untuk status ini: ${allowed.join(", ")}`,
        en: `reasons for this state: ${allowed.join(", ")}`,
      });
    }
    if (body.alasanKode === "lainnya" && !body.keterangan) {
      addFieldIssue(ctx, "keterangan", {
        id: "alasan lainnya perlu keterangan",
        en: "the reason 'lainnya' needs an explanation",
      });
    }
  });
export type TEnrolmentTransition = z.infer<typeof ZEnrolmentTransition>;

export const ZEnrolmentListQuery = z.strictObject({
  program: ZProgramCode.optional(),
  status: ZEnrolmentStatus.optional(),
  /** Only enrolments of a desa inside this region (itself inside the caller's scope). */
  desa: ZWilayahCode.optional(),
  /** `kabCode:id` of the last item of the previous page. */
  cursor: ZRegionalCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TEnrolmentListQuery = z.infer<typeof ZEnrolmentListQuery>;

export const ZEnrolmentTransitionView = z.object({
  from: ZEnrolmentStatus.nullable(),
  to: ZEnrolmentStatus,
  tanggal: z.string(),
  alasanKode: z.string(),
  keterangan: z.string().nullable(),
  actor: z.string().nullable(),
  recordedAt: z.string(),
  fromImport: z.boolean(),
});
export type TEnrolmentTransitionView = z.infer<typeof ZEnrolmentTransitionView>;

export const ZEnrolmentView = z.object({
  id: z.string(),
  program: z.object({ code: z.string(), namaId: z.string(), namaEn: z.string() }),
  status: ZEnrolmentStatus,
  sejak: z.string(),
  /** Masked. */
  nikPengurus: z.string(),
  namaPengurus: z.string().nullable(),
  /** Masked. */
  noKks: z.string().nullable(),
  bank: z.string().nullable(),
  /** The states the caller may move it to now (reactivation only when a rule allows it today). */
  nextStates: z.array(ZEnrolmentStatus),
  history: z.array(ZEnrolmentTransitionView),
});
export type TEnrolmentView = z.infer<typeof ZEnrolmentView>;

export const ZEnrolmentListItem = z.object({
  id: z.string(),
  familyId: z.string().nullable(),
  program: z.string(),
  status: ZEnrolmentStatus,
  sejak: z.string(),
  desa: ZRegionRef,
  /** Masked. */
  noKk: z.string(),
  namaKepala: z.string().nullable(),
  namaPengurus: z.string().nullable(),
});
export type TEnrolmentListItem = z.infer<typeof ZEnrolmentListItem>;

/** A family's enrolments, each with its history and the states the caller may move it to now. */
export const ZFamilyEnrolments = listOf(ZEnrolmentView);
export type TFamilyEnrolments = z.infer<typeof ZFamilyEnrolments>;

export const ZEnrolmentPage = pageOf(ZEnrolmentListItem);
export type TEnrolmentPage = z.infer<typeof ZEnrolmentPage>;

/** A new enrolment: always `calon` first (validation happens at the ministry). */
export const ZEnrolmentCreated = z.object({
  enrolmentId: z.string(),
  status: z.literal("calon"),
  sejak: z.string(),
});
export type TEnrolmentCreated = z.infer<typeof ZEnrolmentCreated>;

export const ZEnrolmentTransitioned = z.object({
  enrolmentId: z.string(),
  transitionId: z.string(),
  from: ZEnrolmentStatus,
  to: ZEnrolmentStatus,
  tanggal: z.string(),
});
export type TEnrolmentTransitioned = z.infer<typeof ZEnrolmentTransitioned>;
