import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { ZRegionRef } from "../wilayah/region-ref.ts";

/** The answers of the registry search and the family page. */

/** One member found by the search; `noKk` and `nik` always come masked (a list is not a detail view). */
export const ZMemberHit = z.object({
  familyId: z.string(),
  noKk: z.string(),
  nik: z.string(),
  nama: z.string(),
  hubungan: z.string(),
  jenisKelamin: z.string(),
  tanggalLahir: z.string(),
  desa: ZRegionRef,
  status: z.string(),
});
export type TMemberHit = z.output<typeof ZMemberHit>;

export const ZMemberHits = listOf(ZMemberHit);
export type TMemberHits = z.output<typeof ZMemberHits>;

export const ZMember = z.object({
  nik: z.string(),
  nama: z.string(),
  hubungan: z.string(),
  jenisKelamin: z.string(),
  tanggalLahir: z.string(),
  pendidikan: z.string().nullable(),
  pekerjaan: z.string().nullable(),
  disabilitas: z.boolean().nullable(),
  hamil: z.boolean().nullable(),
  status: z.string(),
});
export type TMember = z.output<typeof ZMember>;

export const ZRegistryEvent = z.object({
  kind: z.string(),
  nik: z.string().nullable(),
  occurredOn: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  data: z.unknown(),
});
export type TRegistryEvent = z.output<typeof ZRegistryEvent>;

export const ZHouse = z.object({
  statusRumah: z.string().nullable(),
  lantai: z.string().nullable(),
  dinding: z.string().nullable(),
  atap: z.string().nullable(),
  jamban: z.string().nullable(),
  sumberAir: z.string().nullable(),
  dayaListrik: z.string().nullable(),
});
export type THouse = z.output<typeof ZHouse>;

export const ZFamily = z.object({
  id: z.string(),
  noKk: z.string(),
  /** False only for roles allowed full numbers (registry.full_number); the server audits each such view. */
  numbersMasked: z.boolean(),
  desa: ZRegionRef,
  /** The desa's ancestors, province first. */
  path: z.array(ZRegionRef),
  alamat: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  desil: z.number().nullable(),
  rumah: ZHouse,
  status: z.string(),
  members: z.array(ZMember),
  history: z.array(ZRegistryEvent),
});
export type TFamily = z.output<typeof ZFamily>;
