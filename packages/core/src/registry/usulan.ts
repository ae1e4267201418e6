import { z } from "zod";
import { commonMessages } from "../i18n/common-messages.ts";
import { schemaMessage } from "../i18n/schema-message.ts";
import { pageOf } from "../views/collections.ts";
import { ZRegionalCursor } from "../views/regional-cursor.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import {
  memberRemovalReasons,
  usulanActions,
  usulanKinds,
  usulanReasons,
  usulanStatuses,
} from "./usulan-machine.ts";

/** DTKS update proposals: the state machine (usulan-machine.ts) and the bodies of its endpoints. */
export * from "./usulan-machine.ts";

export const ZUsulanKind = z.enum(
  usulanKinds,
  schemaMessage({ id: "jenis usulan: tambah, ubah atau hapus", en: "kind: tambah, ubah or hapus" }),
);
export const ZUsulanReason = z.enum(
  usulanReasons,
  schemaMessage({
    id: "alasan: meninggal, pindah, mampu atau ganda",
    en: "reason: meninggal, pindah, mampu or ganda",
  }),
);
export const ZUsulanStatus = z.enum(usulanStatuses);
export const ZUsulanAction = z.enum(usulanActions);

const ZNote = z.string().trim().min(1).max(1000);

/**
 * What is proposed: flat DTKS attributes (`alamat`, `desil`, `pekerjaan` …) as the next DTKS file
 * will carry them. Flat and bounded, so a list or an export can show it without walking a tree.
 */
export const ZUsulanData = z
  .record(
    z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{0,39}$/,
        schemaMessage({ id: "nama isian: huruf kecil dan _", en: "field names: lowercase and _" }),
      ),
    z.union([z.string().trim().max(500), z.number(), z.boolean(), z.null()]),
  )
  .refine(
    (data) => Object.keys(data).length <= 60,
    schemaMessage({ id: "paling banyak 60 isian", en: "at most 60 fields" }),
  );
export type TUsulanData = z.infer<typeof ZUsulanData>;

/**
 * A new proposal. `familyId` is the family's opaque id (never its No. KK, which must not travel in
 * URLs or logs); `nik` names a member of that family for a member-level removal or change.
 */
export const ZUsulanCreate = z
  .strictObject({
    kind: ZUsulanKind,
    reason: ZUsulanReason.optional(),
    desaCode: ZWilayahCode,
    familyId: z.uuid(commonMessages.familyId).optional(),
    nik: z.string().trim().min(1).max(32).optional(),
    data: ZUsulanData.default({}),
    note: ZNote.optional(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.desaCode.split(".").length !== 4) {
      issue("desaCode", commonMessages.desaCode);
    }
    if (input.kind === "hapus" && !input.reason) {
      issue(
        "reason",
        schemaMessage({ id: "usulan hapus memerlukan alasan", en: "a removal needs a reason" }),
      );
    }
    if (input.kind !== "hapus" && input.reason) {
      issue(
        "reason",
        schemaMessage({ id: "alasan hanya untuk usulan hapus", en: "a reason is only for a removal" }),
      );
    }
    if (input.kind !== "tambah" && !input.familyId) {
      issue(
        "familyId",
        schemaMessage({
          id: "pilih keluarga yang diubah atau dihapus",
          en: "choose the family to change or remove",
        }),
      );
    }
    if (input.kind === "tambah" && (input.familyId || input.nik)) {
      issue(
        "familyId",
        schemaMessage({ id: "usulan tambah adalah keluarga baru", en: "an addition is a new family" }),
      );
    }
    if (input.nik && !input.familyId)
      issue("nik", schemaMessage({ id: "NIK memerlukan keluarganya", en: "a NIK needs its family" }));
    const memberReasons: readonly string[] = memberRemovalReasons;
    if (input.kind === "hapus" && input.nik && input.reason && !memberReasons.includes(input.reason)) {
      issue(
        "reason",
        schemaMessage({
          id: "anggota hanya dapat dihapus karena meninggal atau pindah; ganda melalui pemeriksaan data ganda",
          en: "a member is removed only as meninggal or pindah; duplicates go through the duplicate review",
        }),
      );
    }
    if (input.kind !== "hapus" && Object.keys(input.data).length === 0) {
      issue("data", schemaMessage({ id: "isi data yang diusulkan", en: "fill in the proposed data" }));
    }
  });
export type TUsulanCreate = z.infer<typeof ZUsulanCreate>;

/** The musdes form's text field; the minutes come as the file `berita_acara`. */
export const ZUsulanMusdes = z.strictObject({
  tanggal: z.iso.date(
    schemaMessage({ id: "tanggal musdes harus YYYY-MM-DD", en: "the deliberation date must be YYYY-MM-DD" }),
  ),
});

/** A field check that does not match, or a rejection, always says why; a match may go without a note. */
export const ZUsulanVerval = z
  .strictObject({ hasil: z.enum(["sesuai", "tidak_sesuai"]), note: ZNote.optional() })
  .refine((body) => body.hasil === "sesuai" || body.note !== undefined, {
    path: ["note"],
    message: schemaMessage({ id: "tuliskan apa yang tidak sesuai", en: "say what does not match" }),
  });
export type TUsulanVerval = z.infer<typeof ZUsulanVerval>;

export const ZUsulanKeputusan = z
  .strictObject({ keputusan: z.enum(["setuju", "tolak"]), note: ZNote.optional() })
  .refine((body) => body.keputusan === "setuju" || body.note !== undefined, {
    path: ["note"],
    message: schemaMessage({ id: "tuliskan alasan penolakan", en: "give the reason for the rejection" }),
  });
export type TUsulanKeputusan = z.infer<typeof ZUsulanKeputusan>;

export const ZUsulanListQuery = z.strictObject({
  status: ZUsulanStatus.optional(),
  /** Only proposals of a desa inside this region (itself inside the caller's scope). */
  wilayah: ZWilayahCode.optional(),
  /** Only proposals waiting for a step the caller may take. */
  actionable: z.enum(["true", "false"]).optional(),
  /** `kabCode:id` of the last item of the previous page. */
  cursor: ZRegionalCursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TUsulanListQuery = z.infer<typeof ZUsulanListQuery>;

export const ZUsulanExportQuery = z.strictObject({
  status: ZUsulanStatus.default("disetujui"),
  format: z.enum(["csv", "xlsx"]).default("csv"),
  wilayah: ZWilayahCode.optional(),
});
export type TUsulanExportQuery = z.infer<typeof ZUsulanExportQuery>;

export const ZUsulanStepView = z.object({
  from: ZUsulanStatus.nullable(),
  to: ZUsulanStatus,
  actor: z.string().nullable(),
  at: z.string(),
  note: z.string().nullable(),
});

export const ZUsulanView = z.object({
  id: z.string(),
  kind: ZUsulanKind,
  reason: ZUsulanReason.nullable(),
  status: ZUsulanStatus,
  desa: z.object({ code: z.string(), name: z.string() }),
  familyId: z.string().nullable(),
  /** Masked in lists; in full on one proposal for roles allowed full numbers. */
  noKk: z.string().nullable(),
  nik: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  proposedBy: z.string().nullable(),
  proposedAt: z.string(),
  musdesDate: z.string().nullable(),
  hasMinutes: z.boolean(),
  updatedAt: z.string(),
  /** The steps the caller may take now (what the web app offers as buttons). */
  actions: z.array(ZUsulanAction),
});
export type TUsulanView = z.infer<typeof ZUsulanView>;

export const ZUsulanDetail = ZUsulanView.extend({
  numbersMasked: z.boolean(),
  steps: z.array(ZUsulanStepView),
});
export type TUsulanDetail = z.infer<typeof ZUsulanDetail>;

/** A page of proposals; `nextCursor` continues the list, null on the last page. */
export const ZUsulanPage = pageOf(ZUsulanView);
export type TUsulanPage = z.infer<typeof ZUsulanPage>;
