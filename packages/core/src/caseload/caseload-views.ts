import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { caseloadUnits, companionRoles, informedWays } from "./caseload-schemas.ts";

/**
 * Answers of the caseload routes: the server serialises and documents them through these schemas, and
 * the web app reads the same types.
 */

export const ZCompanion = z.object({
  userId: z.string(),
  username: z.string(),
  fullName: z.string(),
  role: z.string(),
  disabled: z.boolean(),
  scopes: z.array(z.string()),
  families: z.number(),
  desa: z.number(),
  norma: z.number().nullable(),
  unit: z.enum(caseloadUnits).nullable(),
  /** Whose norm applies: the companion's kabupaten (`35.17`) or the national default (`ID`). */
  normaFrom: z.string().nullable(),
  /** families/norm for a PKH companion, desa/norm for TKSK and PSM; null without a norm. */
  load: z.number().nullable(),
  overNorm: z.boolean(),
});
export type TCompanion = z.infer<typeof ZCompanion>;
export const ZCompanionList = listOf(ZCompanion);
export type TCompanionList = z.infer<typeof ZCompanionList>;

export const ZCompanionDesa = ZRegionRef.extend({ assignmentId: z.string(), mulai: z.string() });

/** A family of a companion's caseload as lists name it; the id is null once it left the registry. */
const caseloadFamilyFields = {
  familyId: z.string().nullable(),
  noKk: z.string(),
  headName: z.string().nullable(),
  desa: ZRegionRef,
};
export const ZCompanionFamily = z.object({ ...caseloadFamilyFields, mulai: z.string() });
export type TCompanionFamily = z.infer<typeof ZCompanionFamily>;

export const ZCompanionCaseload = z.object({
  companion: ZCompanion,
  desa: z.array(ZCompanionDesa),
  families: z.object({
    items: z.array(ZCompanionFamily),
    total: z.number(),
    page: z.number(),
    pageSize: z.number(),
  }),
});
export type TCompanionCaseload = z.infer<typeof ZCompanionCaseload>;

export const ZCaseloadNormView = z.object({
  role: z.enum(companionRoles),
  norma: z.number(),
  unit: z.enum(caseloadUnits),
  updatedAt: z.string(),
});
export type TNormView = z.infer<typeof ZCaseloadNormView>;
export type TCaseloadNorm = TNormView;

/** A kabupaten's norm for one role: its own, or the national one when it set none. */
export const ZKabupatenNormView = ZCaseloadNormView.extend({
  updatedAt: z.string().nullable(),
  source: z.enum(["kabupaten", "nasional"]),
});
export type TKabupatenNorm = z.infer<typeof ZKabupatenNormView>;

export const ZCaseloadNorms = z.object({
  /** The national defaults. */
  items: z.array(ZCaseloadNormView),
  /** Whether the caller may set the national defaults (an administrator of the whole country). */
  canSetNational: z.boolean(),
  /** Each kabupaten of the caller's scope (for the whole country: those with norms of their own). */
  kabupaten: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      /** Whether the caller may set this kabupaten's norms (it lies inside the caller's scope). */
      canSet: z.boolean(),
      items: z.array(ZKabupatenNormView),
    }),
  ),
});
export type TCaseloadNorms = z.infer<typeof ZCaseloadNorms>;

/** A staff member as answers name one. */
const ZPerson = z.object({ userId: z.string(), fullName: z.string(), role: z.string() });

export const ZMapDesa = ZRegionRef.extend({
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  families: z.number(),
  companions: z.array(ZPerson),
});
export type TMapDesa = z.infer<typeof ZMapDesa>;
export const ZMapDesaList = listOf(ZMapDesa);
export type TMapDesaList = z.infer<typeof ZMapDesaList>;

/** The tile URL template of the installation's map server; null draws the desa on a plain background. */
export const ZMapTiles = z.object({ url: z.string().nullable() });
export type TMapTiles = z.infer<typeof ZMapTiles>;

export const ZHandoverSummary = z.object({
  id: z.string(),
  dari: ZPerson,
  ke: ZPerson,
  tanggal: z.string(),
  alasan: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  families: z.number(),
  informed: z.number(),
});
export type THandoverSummary = z.infer<typeof ZHandoverSummary>;
export const ZHandoverList = listOf(ZHandoverSummary);
export type THandoverList = z.infer<typeof ZHandoverList>;

export const ZHandoverFamily = z.object({
  ...caseloadFamilyFields,
  informed: z.boolean(),
  informedAt: z.string().nullable(),
  informedBy: z.string().nullable(),
  informedHow: z.enum(informedWays).nullable(),
});
export type THandoverFamily = z.infer<typeof ZHandoverFamily>;

export const ZHandoverDetail = ZHandoverSummary.extend({
  familyList: z.array(ZHandoverFamily),
  /** Whether the caller may mark families as told (the successor, or a manager). */
  canInform: z.boolean(),
});
export type THandoverDetail = z.infer<typeof ZHandoverDetail>;

export const ZHandoverCreated = ZHandoverSummary.extend({
  desaMoved: z.number(),
  scopeAdded: z.array(z.string()),
});
export type THandoverCreated = z.infer<typeof ZHandoverCreated>;

/** A family marked as told, and how many of the handover's families are told now. */
export const ZInformedResult = z.object({ family: ZHandoverFamily, informed: z.number(), total: z.number() });
export type TInformedResult = z.infer<typeof ZInformedResult>;

export const ZDesaAssigned = z.object({
  userId: z.string(),
  added: z.array(z.string()),
  alreadyAssigned: z.array(z.string()),
});
export type TDesaAssigned = z.infer<typeof ZDesaAssigned>;

export const ZDesaAssignmentEnded = z.object({
  assignmentId: z.string(),
  userId: z.string(),
  desaCode: z.string(),
  mulai: z.string(),
  selesai: z.string(),
});
export type TDesaAssignmentEnded = z.infer<typeof ZDesaAssignmentEnded>;

export const ZFamiliesAssigned = z.object({
  userId: z.string(),
  added: z.number(),
  /** Of those added, how many were taken from another companion. */
  moved: z.number(),
  alreadyAssigned: z.number(),
});
export type TFamiliesAssigned = z.infer<typeof ZFamiliesAssigned>;
