import type { TBilingual } from "../errors/app-error.ts";
import { parseDate, parseRegionCode, parseYaTidak } from "../interchange/parse-values.ts";
import {
  cellAt,
  collapseSpaces,
  optionalCell,
  parseDesil,
  parseHubungan,
  parseJenisKelamin,
  type THeaderIndex,
  type THubungan,
} from "./anggota-cells.ts";
import { anggotaProblemReason, anggotaWarningReason, type TAnggotaRowProblem } from "./anggota-messages.ts";
import { nikMatchesBirthDate, parseNik, type TSex } from "./nik.ts";
import { parseNoKk } from "./no-kk.ts";
import type { TRegistryNumberOptions, TRegistryNumberWarning } from "./registry-number.ts";

/**
 * One row of an `anggota` file, one person (docs/formats.md §1), checked on its own. What needs other rows or
 * the database (one kepala per family, a NIK in two families, the desa existing, repeated rows) is the
 * importer's work, done in SQL over all rows at once.
 */
export const anggotaColumns = {
  required: ["no_kk", "nik", "nama", "hubungan", "jenis_kelamin", "tanggal_lahir", "kode_desa"],
  optional: [
    "alamat",
    "rt",
    "rw",
    "desil",
    "pendidikan",
    "pekerjaan",
    "disabilitas",
    "hamil",
    // Family-level house attributes, taken from the head's row (docs/formats.md §1).
    "status_rumah",
    "lantai",
    "dinding",
    "atap",
    "jamban",
    "sumber_air",
    "daya_listrik",
  ],
} as const;
export type TAnggotaColumn =
  | (typeof anggotaColumns.required)[number]
  | (typeof anggotaColumns.optional)[number];

export interface TAnggotaRow {
  nik: string;
  noKk: string;
  /** Trimmed, inner whitespace collapsed to one space. */
  nama: string;
  hubungan: THubungan;
  jenisKelamin: TSex;
  /** `YYYY-MM-DD`. */
  tanggalLahir: string;
  /** Dotted desa/kelurahan code (`35.17.14.2001`). */
  kodeDesa: string;
  alamat: string | null;
  rt: string | null;
  rw: string | null;
  desil: number | null;
  pendidikan: string | null;
  pekerjaan: string | null;
  disabilitas: boolean | null;
  hamil: boolean | null;
  statusRumah: string | null;
  lantai: string | null;
  dinding: string | null;
  atap: string | null;
  jamban: string | null;
  sumberAir: string | null;
  dayaListrik: string | null;
}

export interface TAnggotaRowContext extends TRegistryNumberOptions {
  /** `YYYY-MM-DD`; when given, a birth date after it is refused (the NIK only fixes two year digits). */
  today?: string;
}

export interface TAnggotaRowError {
  column: TAnggotaColumn;
  code: TAnggotaRowProblem;
  reason: TBilingual;
}

export interface TAnggotaRowWarning {
  column: "nik" | "no_kk";
  code: TRegistryNumberWarning;
  reason: TBilingual;
}

export type TAnggotaRowResult =
  | { ok: true; row: TAnggotaRow; warnings: TAnggotaRowWarning[] }
  | { ok: false; errors: TAnggotaRowError[] };

function fault(
  errors: TAnggotaRowError[] | null,
  column: TAnggotaColumn,
  code: TAnggotaRowProblem,
): TAnggotaRowError[] {
  const error = { column, code, reason: anggotaProblemReason(column, code) };
  if (errors === null) return [error];
  errors.push(error);
  return errors;
}

/** A ya/tidak column: its value, or undefined when unreadable (an empty cell is null, "not stated"). */
function yaTidak(text: string): boolean | null | undefined {
  const parsed = parseYaTidak(text);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * Checks and normalizes one row. Every column at fault gets one error, so a user fixes a rejected row in
 * one pass; a cross-check blames the column that disagrees with the NIK, and is skipped when the NIK or
 * that column is itself unreadable, so one wrong cell never puts a second column at fault.
 */
export function checkAnggotaRow(
  cells: readonly string[],
  index: THeaderIndex,
  ctx?: TAnggotaRowContext,
): TAnggotaRowResult {
  let errors: TAnggotaRowError[] | null = null;

  const noKkText = cellAt(cells, index.no_kk);
  const noKk = noKkText.length > 0 ? parseNoKk(noKkText, ctx) : null;
  if (noKk === null) errors = fault(errors, "no_kk", "REQUIRED");
  else if (!noKk.ok) errors = fault(errors, "no_kk", noKk.reason);

  const nikText = cellAt(cells, index.nik);
  const nik = nikText.length > 0 ? parseNik(nikText, ctx) : null;
  if (nik === null) errors = fault(errors, "nik", "REQUIRED");
  else if (!nik.ok) errors = fault(errors, "nik", nik.reason);

  const nama = collapseSpaces(cellAt(cells, index.nama));
  if (nama.length === 0) errors = fault(errors, "nama", "REQUIRED");

  const hubunganText = cellAt(cells, index.hubungan);
  const hubungan = parseHubungan(hubunganText);
  if (hubungan === null) errors = fault(errors, "hubungan", hubunganText ? "HUBUNGAN_INVALID" : "REQUIRED");

  const sexText = cellAt(cells, index.jenis_kelamin);
  const sex = parseJenisKelamin(sexText);
  let sexProblem: TAnggotaRowProblem | null = null;
  if (sex === null) sexProblem = sexText ? "JENIS_KELAMIN_INVALID" : "REQUIRED";

  const dateText = cellAt(cells, index.tanggal_lahir);
  const tanggalLahir = parseDate(dateText);
  let dateProblem: TAnggotaRowProblem | null = null;
  if (tanggalLahir === null) dateProblem = dateText ? "TANGGAL_LAHIR_INVALID" : "REQUIRED";

  // The NIK encodes the birth date and, through day + 40, the sex (docs/domain.md, "Registry").
  if (nik?.ok && (tanggalLahir !== null || sex !== null)) {
    const mismatches = nikMatchesBirthDate(nik.nik, tanggalLahir ?? "", sex ?? nik.sex);
    if (tanggalLahir !== null && mismatches.includes("BIRTH_DATE")) dateProblem = "BIRTH_DATE";
    if (sex !== null && mismatches.includes("SEX")) sexProblem = "SEX";
  }
  const today = ctx?.today;
  if (dateProblem === null && today !== undefined && tanggalLahir !== null && tanggalLahir > today) {
    dateProblem = "TANGGAL_LAHIR_FUTURE";
  }
  if (sexProblem !== null) errors = fault(errors, "jenis_kelamin", sexProblem);
  if (dateProblem !== null) errors = fault(errors, "tanggal_lahir", dateProblem);

  const desaText = cellAt(cells, index.kode_desa);
  const kodeDesa = parseRegionCode(desaText, "desa");
  if (kodeDesa === null) {
    const problem = !desaText
      ? "REQUIRED"
      : parseRegionCode(desaText)
        ? "KODE_DESA_NOT_DESA"
        : "KODE_DESA_INVALID";
    errors = fault(errors, "kode_desa", problem);
  }

  const desilText = cellAt(cells, index.desil);
  const desil = desilText ? parseDesil(desilText) : null;
  if (desilText && desil === null) errors = fault(errors, "desil", "DESIL_INVALID");

  const disabilitas = yaTidak(cellAt(cells, index.disabilitas));
  if (disabilitas === undefined) errors = fault(errors, "disabilitas", "YA_TIDAK_INVALID");
  const hamil = yaTidak(cellAt(cells, index.hamil));
  if (hamil === undefined) errors = fault(errors, "hamil", "YA_TIDAK_INVALID");
  // Only against a sex that is readable and agrees with the NIK: otherwise that column is the one at fault.
  else if (hamil === true && sex === "L" && sexProblem === null)
    errors = fault(errors, "hamil", "HAMIL_LAKI_LAKI");

  if (
    errors !== null ||
    // Each of these has added an error above; they are restated so the compiler narrows the values.
    !noKk?.ok ||
    !nik?.ok ||
    hubungan === null ||
    sex === null ||
    tanggalLahir === null ||
    kodeDesa === null ||
    disabilitas === undefined ||
    hamil === undefined
  ) {
    return { ok: false, errors: errors ?? [] };
  }

  const warnings: TAnggotaRowWarning[] = [];
  for (const code of noKk.warnings) {
    warnings.push({ column: "no_kk", code, reason: anggotaWarningReason("no_kk", code) });
  }
  for (const code of nik.warnings) {
    warnings.push({ column: "nik", code, reason: anggotaWarningReason("nik", code) });
  }
  const row: TAnggotaRow = {
    nik: nik.nik,
    noKk: noKk.noKk,
    nama,
    hubungan,
    jenisKelamin: sex,
    tanggalLahir,
    kodeDesa,
    alamat: optionalCell(cells, index.alamat),
    rt: optionalCell(cells, index.rt),
    rw: optionalCell(cells, index.rw),
    desil,
    pendidikan: optionalCell(cells, index.pendidikan),
    pekerjaan: optionalCell(cells, index.pekerjaan),
    disabilitas,
    hamil,
    statusRumah: optionalCell(cells, index.status_rumah),
    lantai: optionalCell(cells, index.lantai),
    dinding: optionalCell(cells, index.dinding),
    atap: optionalCell(cells, index.atap),
    jamban: optionalCell(cells, index.jamban),
    sumberAir: optionalCell(cells, index.sumber_air),
    dayaListrik: optionalCell(cells, index.daya_listrik),
  };
  return { ok: true, row, warnings };
}
