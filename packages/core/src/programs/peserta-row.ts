import type { TBilingual } from "../errors/app-error.ts";
import { parseDate } from "../interchange/parse-values.ts";
import {
  futureDateCellReason,
  invalidDateCellReason,
  registryNumberReason,
  requiredColumnReason,
} from "../interchange/row-reasons.ts";
import { cellAt, type THeaderIndex } from "../registry/anggota-cells.ts";
import { parseNik } from "../registry/nik.ts";
import { parseNoKk } from "../registry/no-kk.ts";
import type { TRegistryNumberProblem } from "../registry/registry-number.ts";
import type { TEnrolmentStatus } from "./enrolment-machine.ts";
import { banks } from "./enrolment-schemas.ts";

/**
 * One row of a `peserta` file (docs/formats.md §2): a family's state in a programme since a date. Checked on
 * its own here; whether the programme, family and card holder exist, repeats, and whether the state
 * change is allowed need the whole file or the database and are the importer's work.
 */
export const pesertaColumns = {
  required: ["program", "no_kk", "nik_pengurus", "status", "sejak"],
  optional: ["no_kks", "bank"],
} as const;
export type TPesertaColumn =
  | (typeof pesertaColumns.required)[number]
  | (typeof pesertaColumns.optional)[number];

/** The states a file may state (a candidate or validated family is not yet a programme member). */
export const pesertaStatuses = [
  "aktif",
  "ditangguhkan",
  "dihentikan",
  "graduasi",
] as const satisfies readonly TEnrolmentStatus[];
export type TPesertaStatus = (typeof pesertaStatuses)[number];

export interface TPesertaRow {
  /** Upper case, as the catalogue writes it. */
  program: string;
  noKk: string;
  nikPengurus: string;
  status: TPesertaStatus;
  /** `YYYY-MM-DD`. */
  sejak: string;
  noKks: string | null;
  bank: string | null;
}

export const pesertaCellProblems = [
  "REQUIRED",
  "PROGRAM_INVALID",
  "STATUS_INVALID",
  "SEJAK_INVALID",
  "SEJAK_FUTURE",
  "NO_KKS_INVALID",
  "BANK_INVALID",
] as const;
export type TPesertaCellProblem = (typeof pesertaCellProblems)[number];
export type TPesertaRowProblem = TPesertaCellProblem | TRegistryNumberProblem;

export interface TPesertaRowError {
  column: TPesertaColumn;
  code: TPesertaRowProblem;
  reason: TBilingual;
}

export type TPesertaRowResult = { ok: true; row: TPesertaRow } | { ok: false; errors: TPesertaRowError[] };

const sejakDate = { id: "Tanggal sejak", en: "The sejak date" };

const cellMessages: Record<TPesertaCellProblem, (column: string) => TBilingual> = {
  REQUIRED: requiredColumnReason,
  PROGRAM_INVALID: () => ({
    id: "Kode program tidak valid (contoh SEMBAKO, PKH, PBI, PIP, BST, RTLH)",
    en: "Not a programme code (e.g. SEMBAKO, PKH, PBI, PIP, BST, RTLH)",
  }),
  STATUS_INVALID: () => ({
    id: "Status harus salah satu dari: aktif, ditangguhkan, dihentikan, graduasi",
    en: "The status must be one of: aktif, ditangguhkan, dihentikan, graduasi",
  }),
  SEJAK_INVALID: () => invalidDateCellReason(sejakDate),
  SEJAK_FUTURE: () => futureDateCellReason(sejakDate),
  NO_KKS_INVALID: () => ({ id: "No. KKS harus 16 digit angka", en: "The KKS card number must be 16 digits" }),
  BANK_INVALID: () => ({
    id: `Bank harus salah satu dari: ${banks.join(", ")}`,
    en: `The bank must be one of: ${banks.join(", ")}`,
  }),
};

const cellProblemSet: ReadonlySet<string> = new Set(pesertaCellProblems);

/** The reason for a problem in a `peserta` cell, in both languages; it never contains the value. */
export function pesertaProblemReason(column: TPesertaColumn, code: TPesertaRowProblem): TBilingual {
  if (cellProblemSet.has(code)) return cellMessages[code as TPesertaCellProblem](column);
  return registryNumberReason(column, code as TRegistryNumberProblem);
}

const PROGRAM_CODE = /^[A-Z0-9_]{2,20}$/;
const SIXTEEN_DIGITS = /^\d{16}$/;

export interface TPesertaRowContext {
  /** `YYYY-MM-DD`; a `sejak` after it is refused. */
  today?: string;
}

/** Checks and normalizes one row; every column at fault gets one error, so a row is fixed in one pass. */
export function checkPesertaRow(
  cells: readonly string[],
  index: THeaderIndex,
  ctx?: TPesertaRowContext,
): TPesertaRowResult {
  const errors: TPesertaRowError[] = [];
  const fault = (column: TPesertaColumn, code: TPesertaRowProblem) =>
    errors.push({ column, code, reason: pesertaProblemReason(column, code) });

  const program = cellAt(cells, index.program).toUpperCase();
  if (!program) fault("program", "REQUIRED");
  else if (!PROGRAM_CODE.test(program)) fault("program", "PROGRAM_INVALID");

  const noKkText = cellAt(cells, index.no_kk);
  const noKk = noKkText ? parseNoKk(noKkText) : null;
  if (noKk === null) fault("no_kk", "REQUIRED");
  else if (!noKk.ok) fault("no_kk", noKk.reason);

  const nikText = cellAt(cells, index.nik_pengurus);
  const nik = nikText ? parseNik(nikText) : null;
  if (nik === null) fault("nik_pengurus", "REQUIRED");
  else if (!nik.ok) fault("nik_pengurus", nik.reason);

  const statusText = cellAt(cells, index.status).toLowerCase();
  const status = (pesertaStatuses as readonly string[]).includes(statusText)
    ? (statusText as TPesertaStatus)
    : null;
  if (status === null) fault("status", statusText ? "STATUS_INVALID" : "REQUIRED");

  const sejakText = cellAt(cells, index.sejak);
  const sejak = parseDate(sejakText);
  if (sejak === null) fault("sejak", sejakText ? "SEJAK_INVALID" : "REQUIRED");
  else if (ctx?.today !== undefined && sejak > ctx.today) fault("sejak", "SEJAK_FUTURE");

  const noKksText = cellAt(cells, index.no_kks);
  if (noKksText && !SIXTEEN_DIGITS.test(noKksText)) fault("no_kks", "NO_KKS_INVALID");

  const bankText = cellAt(cells, index.bank).toUpperCase();
  if (bankText && !(banks as readonly string[]).includes(bankText)) fault("bank", "BANK_INVALID");

  if (errors.length > 0 || !noKk?.ok || !nik?.ok || status === null || sejak === null) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    row: {
      program,
      noKk: noKk.noKk,
      nikPengurus: nik.nik,
      status,
      sejak,
      noKks: noKksText || null,
      bank: bankText || null,
    },
  };
}
