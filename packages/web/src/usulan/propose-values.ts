import type { TUsulanCreate } from "@kawal/core";
import type { TFamily } from "../api/registry-api.ts";

export const proposeTargets = ["member", "family", "change"] as const;
export type TProposeTarget = (typeof proposeTargets)[number];

export const memberReasons = ["meninggal", "pindah"] as const;
export const familyReasons = ["meninggal", "pindah", "mampu", "ganda"] as const;

/** Family attributes a change may be proposed for, named as the DTKS file names them. */
export const changeFields = [
  "alamat",
  "rt",
  "rw",
  "desil",
  "status_rumah",
  "lantai",
  "dinding",
  "atap",
  "jamban",
  "sumber_air",
  "daya_listrik",
] as const;

/** Field names are the server's where one exists, so its refusals land beside the inputs. */
export interface TProposeValues {
  target: TProposeTarget;
  nik: string;
  reason: string;
  tanggal: string;
  field: (typeof changeFields)[number];
  value: string;
  note: string;
}

export const proposeFormFields = ["nik", "reason", "note"] as const;

/** The proposal body for a family the user is looking at; the date goes into `data` as DTKS keeps it. */
export function proposalBody(family: TFamily, values: TProposeValues): TUsulanCreate {
  const base = {
    desaCode: family.desa.code,
    familyId: family.id,
    ...(values.note.trim() ? { note: values.note.trim() } : {}),
  };
  if (values.target === "change") {
    const raw = values.value.trim();
    const value = values.field === "desil" && /^\d+$/.test(raw) ? Number(raw) : raw;
    return { ...base, kind: "ubah", data: { [values.field]: value } };
  }
  const reason = values.reason as TUsulanCreate["reason"];
  const dateKey = values.reason === "meninggal" ? "tanggal_meninggal" : "tanggal_pindah";
  const data =
    values.tanggal && memberReasons.some((r) => r === values.reason) ? { [dateKey]: values.tanggal } : {};
  if (values.target === "member") return { ...base, kind: "hapus", reason, nik: values.nik, data };
  return { ...base, kind: "hapus", reason, data };
}

/** What must be chosen before sending. */
export function missingProposeFields(values: TProposeValues): (keyof TProposeValues)[] {
  if (values.target === "change") return values.value.trim() ? [] : ["value"];
  const missing: (keyof TProposeValues)[] = [];
  if (values.target === "member" && !values.nik) missing.push("nik");
  if (!values.reason) missing.push("reason");
  return missing;
}
