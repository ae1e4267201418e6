import { readReactivationRule, type TReactivationRule } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";

/** An enrolment row as stored. */
export interface TEnrolmentRow {
  kab_code: string;
  id: string;
  program_code: string;
  no_kk: string;
  desa_code: string;
  nik_pengurus: string;
  status: string;
  /** `YYYY-MM-DD`. */
  sejak: string;
  no_kks: string | null;
  bank: string | null;
}

/** Dates come back as text, the same on both drivers. */
export const enrolmentColumns = sql`e.kab_code, e.id, e.program_code, e.no_kk, e.desa_code, e.nik_pengurus, e.status,
  to_char(e.sejak, 'YYYY-MM-DD') AS sejak, e.no_kks, e.bank`;

interface TProgramRow {
  code: string;
  nama_id: string;
  nama_en: string;
  aktif: boolean;
  /** The kabupaten funding a local (APBD) programme; null for national ones. */
  kab_code: string | null;
}

export async function findProgram(db: TDb, code: string): Promise<TProgramRow | undefined> {
  const [row] = await queryRows<TProgramRow>(
    db,
    sql`SELECT code, nama_id, nama_en, aktif, kab_code FROM program WHERE code = ${code}`,
  );
  return row;
}

/**
 * The programme's `reaktivasi` rule in force on `tanggal`: the latest version that began on or before
 * it. None is seeded, so a stopped family stays stopped until an administrator adds one.
 */
export async function findReactivationRule(
  db: TDb,
  programCode: string,
  tanggal: string,
): Promise<TReactivationRule | null> {
  const [row] = await queryRows<{ value: unknown }>(
    db,
    sql`SELECT value FROM program_rule
        WHERE program_code = ${programCode} AND rule = 'reaktivasi' AND berlaku_mulai <= ${tanggal}::date
        ORDER BY berlaku_mulai DESC LIMIT 1`,
  );
  const value = typeof row?.value === "string" ? (JSON.parse(row.value) as unknown) : row?.value;
  return readReactivationRule(value);
}

/** The family's open enrolment in a programme (at most one: `enrolment_open_key`). */
export async function findOpenEnrolment(
  db: TDb,
  family: { kab_code: string; no_kk: string },
  programCode: string,
): Promise<TEnrolmentRow | undefined> {
  const [row] = await queryRows<TEnrolmentRow>(
    db,
    sql`SELECT ${enrolmentColumns} FROM enrolment e
        WHERE e.kab_code = ${family.kab_code} AND e.no_kk = ${family.no_kk} AND e.program_code = ${programCode}
          AND e.status IN ('calon', 'tervalidasi', 'aktif', 'ditangguhkan')`,
  );
  return row;
}

/** Whether `error` (or its cause) is PostgreSQL's unique violation of `constraint`. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name, message } = e as { code?: string; constraint?: string; message?: string };
    if (code === "23505" && (name === constraint || message?.includes(constraint))) return true;
  }
  return false;
}
