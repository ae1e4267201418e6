import type { newbornHubungan, TLifeEventBody, TLifeEventKind } from "../../api/life-event-api.ts";

/**
 * One form for every kind; each kind reads only its own fields. Field names are the server's, so a
 * refusal naming `nik` or `occurredOn` lands beside the right input. `nik` is the newborn's own NIK
 * for a birth and the chosen member otherwise.
 */
export interface TEventFormValues {
  kind: TLifeEventKind;
  nik: string;
  occurredOn: string;
  catatan: string;
  nama: string;
  jenisKelamin: "" | "L" | "P";
  tanggalLahir: string;
  hubungan: (typeof newbornHubungan)[number];
  pendidikan: string;
  tujuanDesa: string | null;
  disabilitas: boolean;
}

export const eventFormFields = [
  "kind",
  "nik",
  "occurredOn",
  "catatan",
  "nama",
  "jenisKelamin",
  "tanggalLahir",
  "hubungan",
  "pendidikan",
  "tujuanDesa",
  "disabilitas",
] as const satisfies readonly (keyof TEventFormValues)[];

export function emptyEventForm(kind: TLifeEventKind, today: string): TEventFormValues {
  return {
    kind,
    nik: "",
    occurredOn: today,
    catatan: "",
    nama: "",
    jenisKelamin: "",
    tanggalLahir: "",
    hubungan: "anak",
    pendidikan: "",
    tujuanDesa: null,
    disabilitas: true,
  };
}

/** What must be filled before sending; the server still checks everything else (dates, NIK rules). */
export function missingFields(values: TEventFormValues): (keyof TEventFormValues)[] {
  const filled = (value: string) => value.trim().length > 0;
  if (values.kind === "kelahiran") {
    return (["nama", "jenisKelamin", "tanggalLahir"] as const).filter((field) => !filled(values[field]));
  }
  const missing: (keyof TEventFormValues)[] = [];
  if (!filled(values.nik)) missing.push("nik");
  if (!filled(values.occurredOn)) missing.push("occurredOn");
  if (values.kind === "sekolah" && !filled(values.pendidikan)) missing.push("pendidikan");
  return missing;
}

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The request body for the chosen kind; empty optional fields are left out, not sent empty. */
export function eventBody(values: TEventFormValues): TLifeEventBody {
  const catatan = optional(values.catatan);
  const note = catatan === undefined ? {} : { catatan };
  if (values.kind === "kelahiran") {
    const nik = optional(values.nik);
    return {
      kind: "kelahiran",
      nama: values.nama,
      jenisKelamin: values.jenisKelamin === "P" ? "P" : "L",
      tanggalLahir: values.tanggalLahir,
      hubungan: values.hubungan,
      ...(nik === undefined ? {} : { nik }),
      ...note,
    };
  }
  const member = { nik: values.nik, occurredOn: values.occurredOn, ...note };
  switch (values.kind) {
    case "pindah":
      return { kind: "pindah", ...member, ...(values.tujuanDesa ? { tujuanDesa: values.tujuanDesa } : {}) };
    case "sekolah":
      return { kind: "sekolah", ...member, pendidikan: values.pendidikan.trim() };
    case "disabilitas":
      return { kind: "disabilitas", ...member, disabilitas: values.disabilitas };
    default:
      return { kind: values.kind, ...member };
  }
}
