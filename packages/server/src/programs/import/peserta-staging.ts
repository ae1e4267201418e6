import {
  checkTransition,
  enrolmentStatuses,
  enrolmentTransitions,
  type TEnrolmentStatus,
  type TPesertaRow,
} from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { copyField } from "../../interchange/staged-rows.ts";

/**
 * The temporary tables a `peserta` file is checked in: the rows and the
 * transition table of core as rows, so the SQL checks and core never disagree. All live in the import's
 * transaction only (ON COMMIT DROP).
 */
export const pesertaStagingColumns = [
  "line",
  "program",
  "no_kk",
  "nik_pengurus",
  "status",
  "sejak",
  "no_kks",
  "bank",
] as const;

export const createPesertaStagingSql = [
  `CREATE TEMP TABLE stg_peserta (
    line integer NOT NULL, program text NOT NULL, no_kk text NOT NULL, nik_pengurus text NOT NULL,
    status text NOT NULL, sejak date NOT NULL, no_kks text, bank text,
    kab_code text, desa_code text, enrolment_id uuid, cur_status text, cur_sejak date, last_status text,
    rejected boolean NOT NULL DEFAULT false
  ) ON COMMIT DROP`,
  `CREATE TEMP TABLE stg_peserta_pair (from_status text NOT NULL, to_status text NOT NULL, allowed boolean NOT NULL,
    alasan_id text NOT NULL, alasan_en text NOT NULL) ON COMMIT DROP`,
];

/** One CSV line for COPY, in `pesertaStagingColumns` order; an absent optional cell is NULL. */
export function pesertaStagingLine(line: number, row: TPesertaRow): string {
  return [
    line,
    copyField(row.program),
    copyField(row.noKk),
    copyField(row.nikPengurus),
    copyField(row.status),
    copyField(row.sejak),
    copyField(row.noKks),
    copyField(row.bank),
  ].join(",");
}

/**
 * Every pair of states with whether a file may move an enrolment along it, and core's refusal when not.
 * Reactivation (dihentikan → aktif) is never a file's to make: a stopped enrolment is closed, and a file
 * naming the family again opens a new one.
 */
export function pairRowsSql(now: Date): SQL {
  const rows: SQL[] = [];
  for (const from of enrolmentStatuses) {
    for (const to of enrolmentStatuses) {
      const condition = (enrolmentTransitions[from] as Partial<Record<TEnrolmentStatus, string>>)[to];
      const check = checkTransition(from, to, {
        since: "0001-01-01",
        tanggal: "0001-01-01",
        reactivation: null,
        now,
      });
      const refusal = check.ok ? { id: "", en: "" } : check.refusal;
      rows.push(sql`(${from}, ${to}, ${condition === "ya"}, ${refusal.id}, ${refusal.en})`);
    }
  }
  return sql`INSERT INTO stg_peserta_pair (from_status, to_status, allowed, alasan_id, alasan_en) VALUES ${sql.join(rows, sql`, `)}`;
}
