import type { TBilingual } from "../errors/app-error.ts";
import { bothLanguages } from "../i18n/bilingual.ts";
import {
  futureDateCellReason,
  invalidDateCellReason,
  registryNumberReason,
  requiredColumnReason,
} from "../interchange/row-reasons.ts";
import { nikMismatchMessage, type TNikMismatch } from "./registry-messages.ts";
import type { TRegistryNumberProblem, TRegistryNumberWarning } from "./registry-number.ts";

/**
 * Why a cell of an `anggota` row (docs/formats.md §1) is refused. NIK and No. KK problems and the NIK
 * mismatches keep the codes and messages of `registry-messages.ts`; these are the rest of the row's.
 * Like those, no message contains the value itself: rejected rows are shown beside personal data already.
 */
export const anggotaCellProblems = [
  "REQUIRED",
  "HUBUNGAN_INVALID",
  "JENIS_KELAMIN_INVALID",
  "TANGGAL_LAHIR_INVALID",
  "TANGGAL_LAHIR_FUTURE",
  "KODE_DESA_INVALID",
  "KODE_DESA_NOT_DESA",
  "DESIL_INVALID",
  "YA_TIDAK_INVALID",
  "HAMIL_LAKI_LAKI",
] as const;
export type TAnggotaCellProblem = (typeof anggotaCellProblems)[number];

/** Every code an `anggota` row error can carry. */
export type TAnggotaRowProblem =
  | TAnggotaCellProblem
  | TRegistryNumberProblem
  | Extract<TNikMismatch, "BIRTH_DATE" | "SEX">;

type TMessage = (column: string) => TBilingual;

const birthDate = { id: "Tanggal lahir", en: "The birth date" };

const cellMessages: Record<TAnggotaCellProblem, TMessage> = {
  REQUIRED: requiredColumnReason,
  HUBUNGAN_INVALID: () => ({
    id: "Hubungan harus salah satu dari: kepala, istri, suami, anak, menantu, cucu, orang_tua, mertua, famili, lainnya",
    en: "The relationship must be one of: kepala, istri, suami, anak, menantu, cucu, orang_tua, mertua, famili, lainnya",
  }),
  JENIS_KELAMIN_INVALID: () => ({
    id: "Jenis kelamin harus L atau P",
    en: "The sex must be L (male) or P (female)",
  }),
  TANGGAL_LAHIR_INVALID: () => invalidDateCellReason(birthDate),
  TANGGAL_LAHIR_FUTURE: () => futureDateCellReason(birthDate),
  KODE_DESA_INVALID: () => ({
    id: "Kode desa tidak valid (contoh 35.17.14.2001 atau 3517142001)",
    en: "The desa code is not a region code (e.g. 35.17.14.2001 or 3517142001)",
  }),
  KODE_DESA_NOT_DESA: () => ({
    id: "Kode desa harus kode desa/kelurahan (4 bagian, contoh 35.17.14.2001), bukan kode wilayah di atasnya",
    en: "The desa code must be a desa/kelurahan code (4 parts, e.g. 35.17.14.2001), not a higher region",
  }),
  DESIL_INVALID: () => ({
    id: "Desil harus bilangan bulat 1 sampai 10",
    en: "The decile (desil) must be a whole number from 1 to 10",
  }),
  YA_TIDAK_INVALID: (column) => ({
    id: `Kolom ${column} harus ya atau tidak`,
    en: `The ${column} column must be ya (yes) or tidak (no)`,
  }),
  HAMIL_LAKI_LAKI: () => ({
    id: "Hamil = ya tidak mungkin untuk jenis kelamin L",
    en: "Hamil (pregnant) = ya is impossible for sex L",
  }),
};

const cellProblemSet: ReadonlySet<string> = new Set(anggotaCellProblems);

function isCellProblem(code: TAnggotaRowProblem): code is TAnggotaCellProblem {
  return cellProblemSet.has(code);
}

/** The reason for a problem in an `anggota` cell, in both languages. */
export function anggotaProblemReason(column: string, code: TAnggotaRowProblem): TBilingual {
  if (code === "BIRTH_DATE" || code === "SEX") return bothLanguages((lang) => nikMismatchMessage(code, lang));
  if (isCellProblem(code)) return cellMessages[code](column);
  return registryNumberReason(column, code);
}

/** The reason for a warning on the NIK or No. KK (an unknown kecamatan of issue), in both languages. */
export function anggotaWarningReason(column: "nik" | "no_kk", code: TRegistryNumberWarning): TBilingual {
  return registryNumberReason(column, code);
}
