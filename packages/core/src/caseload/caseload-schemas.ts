import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZDateFrom1900 } from "../time/date-from-1900.ts";
import { ZDesaCode } from "../wilayah/desa-code.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";

/**
 * Companions (docs/domain.md, "People and their roles"): TKSK per kecamatan, PKH companions per group of
 * families, PSM per desa. Their assignments, caseload norms and handovers.
 */
export const companionRoles = ["tksk", "pendamping_pkh", "psm"] as const;
export type TCompanionRole = (typeof companionRoles)[number];

export function isCompanionRole(role: string): role is TCompanionRole {
  return (companionRoles as readonly string[]).includes(role);
}

/** What a companion's load is counted in: families for a PKH companion, desa for TKSK and PSM. */
export const caseloadUnits = ["keluarga", "desa"] as const;
export type TCaseloadUnit = (typeof caseloadUnits)[number];

export function caseloadUnitOf(role: TCompanionRole): TCaseloadUnit {
  return role === "pendamping_pkh" ? "keluarga" : "desa";
}

const ZUserId = z.uuid(schemaMessage({ id: "harus id pengguna", en: "must be a user id" }));

/** Assign a companion to one or more desa from a date. */
export const ZDesaAssignmentCreate = z.strictObject({
  userId: ZUserId,
  desaCodes: z
    .array(ZDesaCode)
    .min(1, schemaMessage({ id: "pilih minimal satu desa", en: "choose at least one desa" }))
    .max(500, schemaMessage({ id: "paling banyak 500 desa sekaligus", en: "at most 500 desa at once" })),
  mulai: ZDateFrom1900,
});
export type TDesaAssignmentCreate = z.infer<typeof ZDesaAssignmentCreate>;

/** End a desa assignment on a date. */
export const ZDesaAssignmentEnd = z.strictObject({ selesai: ZDateFrom1900 });
export type TDesaAssignmentEnd = z.infer<typeof ZDesaAssignmentEnd>;

/**
 * Assign PKH families to a PKH companion: by the families' opaque ids, or every family of a desa with
 * an open PKH enrolment. Exactly one of the two.
 */
export const ZFamilyAssignmentCreate = z
  .strictObject({
    userId: ZUserId,
    mulai: ZDateFrom1900,
    familyIds: z
      .array(z.string().max(64))
      .min(1, commonMessages.atLeastOneFamily)
      .max(
        5000,
        schemaMessage({ id: "paling banyak 5000 keluarga sekaligus", en: "at most 5000 families at once" }),
      )
      .optional(),
    desaCode: ZDesaCode.optional(),
  })
  .refine((v) => (v.familyIds === undefined) !== (v.desaCode === undefined), {
    message: schemaMessage({
      id: "isi familyIds atau desaCode, salah satu",
      en: "give familyIds or desaCode, one of them",
    }),
    path: ["desaCode"],
  });
export type TFamilyAssignmentCreate = z.infer<typeof ZFamilyAssignmentCreate>;

const normaMessage = schemaMessage({
  id: "norma harus bilangan bulat 1–10000",
  en: "the norm must be a whole number 1–10000",
});
export const ZCaseloadNorm = z.strictObject({
  role: z.enum(companionRoles, {
    error: schemaMessage({
      id: "peran harus tksk, pendamping_pkh atau psm",
      en: "role must be tksk, pendamping_pkh or psm",
    }),
  }),
  /** null: the kabupaten drops its own norm for the role and follows the national one again. */
  norma: z.number(normaMessage).int(normaMessage).min(1, normaMessage).max(10_000, normaMessage).nullable(),
});
/** A kabupaten/kota code (`35.17`): whose norm is set; absent sets the national default. */
const ZKabCode = ZWilayahCode.refine((code) => code.split(".").length === 2, {
  message: schemaMessage({
    id: "harus kode kabupaten/kota (contoh 35.17)",
    en: "must be a kabupaten code (e.g. 35.17)",
  }),
});
export const ZCaseloadNormsUpdate = z
  .strictObject({
    kabCode: ZKabCode.optional(),
    norms: z
      .array(ZCaseloadNorm)
      .min(1, schemaMessage({ id: "isi minimal satu norma", en: "give at least one norm" }))
      .max(3),
  })
  .refine((v) => v.kabCode !== undefined || v.norms.every((n) => n.norma !== null), {
    message: schemaMessage({
      id: "norma nasional tidak dapat dikosongkan",
      en: "a national norm cannot be left empty",
    }),
    path: ["norms"],
  });
export type TCaseloadNormsUpdate = z.infer<typeof ZCaseloadNormsUpdate>;

/** A companion leaves: everything they serve moves to a successor of the same role. */
export const ZHandoverCreate = z.strictObject({
  dari: ZUserId,
  ke: ZUserId,
  tanggal: ZDateFrom1900,
  alasan: z
    .string()
    .trim()
    .min(3, schemaMessage({ id: "alasan wajib diisi", en: "the reason is required" }))
    .max(
      500,
      schemaMessage({
        id: "alasan paling banyak 500 huruf",
        en: "the reason may have at most 500 characters",
      }),
    ),
});
export type THandoverCreate = z.infer<typeof ZHandoverCreate>;

/** How a family was told who its new companion is. */
export const informedWays = ["kunjungan", "pertemuan", "surat", "telepon"] as const;
export type TInformedWay = (typeof informedWays)[number];
export const ZHandoverInformed = z.strictObject({
  cara: z.enum(informedWays, {
    error: schemaMessage({
      id: "cara harus kunjungan, pertemuan, surat atau telepon",
      en: "cara must be kunjungan, pertemuan, surat or telepon",
    }),
  }),
  catatan: z.string().trim().max(500).optional(),
});
export type THandoverInformed = z.infer<typeof ZHandoverInformed>;
