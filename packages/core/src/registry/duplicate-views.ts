import { z } from "zod";
import { ZRegionRef } from "../wilayah/region-ref.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";

/** The duplicate review: its requests and its answers. */

export const duplicateKinds = ["nik_sama", "mirip"] as const;
/** terbuka (open), digabung (one person: merged), ditolak (two people: dismissed). */
export const pairStatuses = ["terbuka", "digabung", "ditolak"] as const;
export type TPairStatus = (typeof pairStatuses)[number];

export const ZDuplicateScan = z.strictObject({
  /** A region inside the caller's scope; the whole scope when left out. */
  wilayah: ZWilayahCode.optional(),
});
export type TDuplicateScan = z.infer<typeof ZDuplicateScan>;

export const ZDuplicateListQuery = z.strictObject({
  status: z.enum(pairStatuses).default("terbuka"),
  /** Pairs with a member in this region (both members are in the caller's scope in any case). */
  wilayah: ZWilayahCode.optional(),
  /** `nextCursor` of the previous page. */
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type TDuplicateListQuery = z.infer<typeof ZDuplicateListQuery>;

const note = z.string().trim().min(1).max(500).optional();

/**
 * `gabung`: the two are one person; `keep` says whose record stays, the other becomes `ganda`.
 * `tolak`: two different people; nothing changes but the pair.
 */
export const ZDuplicateDecision = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("gabung"), keep: z.enum(["a", "b"]), note }),
  z.strictObject({ decision: z.literal("tolak"), note }),
]);
export type TDuplicateDecision = z.infer<typeof ZDuplicateDecision>;

/** One side of a pair as a list shows it: numbers masked, a list is not a detail view. */
export const ZDuplicateMember = z.object({
  familyId: z.string(),
  nik: z.string(),
  noKk: z.string(),
  nama: z.string(),
  tanggalLahir: z.string(),
  desa: ZRegionRef,
  /** aktif, meninggal, pindah or ganda: a pair stays listed after one side changed, so it shows. */
  status: z.string(),
});
export type TDuplicateMember = z.output<typeof ZDuplicateMember>;

export const ZDuplicatePair = z.object({
  id: z.string(),
  /** `nik_sama`: one NIK in two kabupaten; `mirip`: a similar name with the same birth date. */
  kind: z.enum(duplicateKinds),
  /** pg_trgm similarity of the names (`mirip`), 1 for the same NIK. */
  score: z.number(),
  status: z.enum(pairStatuses),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  note: z.string().nullable(),
  a: ZDuplicateMember,
  b: ZDuplicateMember,
});
export type TDuplicatePair = z.infer<typeof ZDuplicatePair>;

export const ZDuplicateList = z.object({
  items: z.array(ZDuplicatePair),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type TDuplicateList = z.infer<typeof ZDuplicateList>;

/** What a finished scan leaves in its job's result. */
export const ZDuplicateScanResult = z.object({
  nikSama: z.number(),
  mirip: z.number(),
  newPairs: z.number(),
});
export type TDuplicateScanResult = z.output<typeof ZDuplicateScanResult>;
