import {
  bothLanguages,
  collapseSpaces,
  commonMessages,
  lifeEventKinds,
  newbornHubungan,
  nikProblemMessage,
  parseNik,
  schemaMessage,
  type TLifeEventKind,
  ZNik,
  ZWilayahCode,
} from "@kawal/core";
import { z } from "zod";
import { isProvisionalNik } from "./provisional-nik.ts";

/**
 * The body of a life event. Evidence files come later; every event says when it happened.
 */
/** A calendar date; whether it lies in the future is checked against the clock by the use case. */
const ZEventDate = z.iso.date(commonMessages.dateFormat);

/**
 * A member named by NIK, or by the provisional number a birth without a NIK received. The member must
 * still be found in the family; this only refuses what cannot be a NIK, with the NIK's own reason.
 */
const ZMemberNik = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    if (isProvisionalNik(value)) return;
    const parsed = parseNik(value);
    if (!parsed.ok) {
      const message = schemaMessage(bothLanguages((lang) => nikProblemMessage(parsed.reason, lang)));
      ctx.addIssue({ code: "custom", message });
    }
  });

const common = {
  occurredOn: ZEventDate,
  /** What the companion saw or was told; free text, kept with the event. */
  catatan: z.string().trim().min(1).max(500).optional(),
};
const memberEvent = { ...common, nik: ZMemberNik };

const ZBirth = z.strictObject({
  kind: z.literal("kelahiran"),
  // The day of birth is when a birth happens; a different `occurredOn` is refused by the use case.
  occurredOn: ZEventDate.optional(),
  catatan: common.catatan,
  /** Newborns often have no NIK yet: without one the member gets a provisional number. */
  nik: ZNik.optional(),
  nama: z
    .string()
    .trim()
    .transform(collapseSpaces)
    .pipe(z.string().min(1, commonMessages.nameRequired).max(120)),
  jenisKelamin: z.enum(["L", "P"]),
  tanggalLahir: ZEventDate,
  hubungan: z.enum(newbornHubungan).default("anak"),
});

export const ZLifeEvent = z.discriminatedUnion(
  "kind",
  [
    ZBirth,
    z.strictObject({ kind: z.literal("kematian"), ...memberEvent }),
    z.strictObject({
      kind: z.literal("pindah"),
      ...memberEvent,
      /** Where the member went, when known: a desa code anywhere in Indonesia. */
      tujuanDesa: ZWilayahCode.optional(),
    }),
    z.strictObject({
      kind: z.literal("sekolah"),
      ...memberEvent,
      /** Free text as in the `anggota` file (docs/formats.md §1): SD, SMP, SMA … */
      pendidikan: z.string().trim().min(1).max(60),
    }),
    z.strictObject({ kind: z.literal("hamil"), ...memberEvent }),
    z.strictObject({ kind: z.literal("hamil_selesai"), ...memberEvent }),
    z.strictObject({ kind: z.literal("disabilitas"), ...memberEvent, disabilitas: z.boolean() }),
  ],
  // Only an unknown or missing `kind` fails at this level; a known kind's own fields report themselves.
  {
    error: schemaMessage({
      id: `jenis peristiwa harus salah satu dari: ${lifeEventKinds.join(", ")}`,
      en: `kind must be one of: ${lifeEventKinds.join(", ")}`,
    }),
  },
);
export type TLifeEvent = z.infer<typeof ZLifeEvent>;
export type TLifeEventOf<K extends TLifeEventKind> = Extract<TLifeEvent, { kind: K }>;
