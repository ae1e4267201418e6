import { z } from "zod";

export const ZMemberHit = z.object({
  familyId: z.string(),
  noKk: z.string(),
  nik: z.string(),
  nama: z.string(),
  hubungan: z.string(),
  jenisKelamin: z.string(),
  tanggalLahir: z.string(),
  desa: z.object({ code: z.string(), name: z.string() }),
  status: z.string(),
});
export type TMemberHit = z.infer<typeof ZMemberHit>;

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

export const ZRegistryEvent = z.object({
  kind: z.string(),
  nik: z.string().nullable(),
  occurredOn: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  data: z.unknown(),
});

export const ZFamily = z.object({
  id: z.string(),
  noKk: z.string(),
  /** Whether the numbers are shown in full (roles with registry.full_number) or masked. */
  numbersMasked: z.boolean(),
  desa: z.object({ code: z.string(), name: z.string() }),
  path: z.array(z.object({ code: z.string(), name: z.string() })),
  alamat: z.string().nullable(),
  rt: z.string().nullable(),
  rw: z.string().nullable(),
  desil: z.number().nullable(),
  rumah: z.object({
    statusRumah: z.string().nullable(),
    lantai: z.string().nullable(),
    dinding: z.string().nullable(),
    atap: z.string().nullable(),
    jamban: z.string().nullable(),
    sumberAir: z.string().nullable(),
    dayaListrik: z.string().nullable(),
  }),
  status: z.string(),
  members: z.array(ZMember),
  history: z.array(ZRegistryEvent),
});
export type TFamily = z.infer<typeof ZFamily>;

/** A date column as `YYYY-MM-DD`, whichever driver read it. */
export function isoDate(value: Date | string | null): string | null {
  if (value === null) return null;
  if (typeof value === "string") return value.slice(0, 10);
  return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, "0")}-${String(value.getDate()).padStart(2, "0")}`;
}
