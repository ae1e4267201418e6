import {
  checkPesertaRow,
  latestLocalDate,
  pesertaColumns,
  type TBilingual,
  type TLanguage,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDatabase, type TDb } from "../../db/database.ts";
import { openFileImport } from "../../interchange/open-file-import.ts";
import { runFileImport } from "../../interchange/run-file-import.ts";
import { RejectedFile } from "../../registry/import/rejected-file.ts";
import type { TActor } from "../../scope/actor.ts";
import { mergePeserta, type TPesertaCounts } from "./merge-peserta.ts";
import { runPesertaChecks } from "./peserta-checks.ts";
import {
  copyPesertaStagingSql,
  createPesertaStagingSql,
  pesertaStagingColumns,
  pesertaStagingLine,
} from "./peserta-staging.ts";

export interface TImportPesertaOptions {
  path: string;
  /** Import the valid rows only (FORMATS.md `--partial`); otherwise any rejected row changes nothing. */
  partial: boolean;
  language: TLanguage;
  /** Where the rejected-rows CSV goes (written only when a row is rejected). */
  rejectedPath: string;
  /** A job already created for this import (an upload answers with its id before the work starts). */
  jobId?: string;
  now?: Date;
  onProgress?: (progress: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

export interface TImportPesertaResult {
  jobId: string;
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
  changes: TPesertaCounts[];
}

/**
 * Imports a `peserta` file (FORMATS.md §2), whole or not at all: rows are checked one by one and copied
 * into a staging table, the checks that need the file or the database run as SQL, and the merge is
 * set-based, all in one transaction with the audit rows.
 */
export async function importPeserta(
  database: TDatabase,
  actor: TActor,
  options: TImportPesertaOptions,
): Promise<TImportPesertaResult> {
  const now = options.now ?? new Date();
  const { table, header, jobId, headerRefused } = await openFileImport(database, actor, {
    path: options.path,
    columns: pesertaColumns,
    kind: "import.peserta",
    partial: options.partial,
    jobId: options.jobId,
  });
  const base = { jobId, missingColumns: header.missing, unknownColumns: header.unknown, changes: [] };
  if (headerRefused) {
    return { ...base, status: "rejected", rows: 0, accepted: 0, rejected: 0, rejectedFile: null };
  }

  const rejected = new RejectedFile(options.rejectedPath, table.header);
  const lang = options.language;
  const today = latestLocalDate(now);
  let rows = 0;

  async function* stagingCsv(): AsyncGenerator<string> {
    for await (const batch of table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        rows += 1;
        const checked = checkPesertaRow(cells, header.index, { today });
        if (!checked.ok) {
          const problems: { column: string; reason: TBilingual }[] = checked.errors;
          await rejected.add(
            cells,
            line,
            problems.map((p) => p.column),
            problems.map((p) => p.reason[lang]),
          );
          continue;
        }
        chunk.push(pesertaStagingLine(line, checked.row));
      }
      if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
      options.onProgress?.({ rows, ...table.progress() });
    }
  }

  const outcome = await runFileImport(database, {
    jobId,
    actor,
    partial: options.partial,
    rejected,
    rowCount: () => rows,
    auditAction: "enrolment.import",
    changedTables: ["enrolment", "enrolment_transition"],
    stage: async (session) => {
      for (const statement of createPesertaStagingSql) await session.db.execute(sql.raw(statement));
      await session.copyIn(copyPesertaStagingSql, stagingCsv());
      await session.db.execute(sql`ANALYZE stg_peserta`);
      await runPesertaChecks(session.db, actor, now);
      await writeCheckRejects(session.db, rejected, table.header, header.index, lang);
    },
    merge: (session) => mergePeserta(session.db, { jobId, actorId: actor.userId }),
    jobResult: () => ({ unknownColumns: header.unknown }),
  });
  return { ...base, ...outcome };
}

/** Appends the rows refused by the SQL checks, rebuilt in the file's own column order. */
async function writeCheckRejects(
  db: TDb,
  rejected: RejectedFile,
  header: readonly string[],
  index: Record<string, number>,
  lang: TLanguage,
): Promise<void> {
  const nameAt = new Map(Object.entries(index).map(([name, i]) => [i, name]));
  const PAGE = 5_000;
  for (let after = 0; ; ) {
    const page = await queryRows<
      Record<string, string | null> & { line: number; kolom: string[]; alasan: string[] }
    >(
      db,
      sql`SELECT s.line, s.program, s.no_kk, s.nik_pengurus, s.status, to_char(s.sejak, 'YYYY-MM-DD') AS sejak,
                 s.no_kks, s.bank, r.kolom, r.alasan
          FROM stg_peserta s
          JOIN (SELECT line, array_agg(kolom ORDER BY kolom) AS kolom,
                       array_agg(${lang === "en" ? sql`alasan_en` : sql`alasan_id`} ORDER BY kolom) AS alasan
                FROM stg_peserta_reject GROUP BY line) r ON r.line = s.line
          WHERE s.line > ${after} ORDER BY s.line LIMIT ${PAGE}`,
    );
    for (const row of page) {
      const cells = header.map((_, i) => {
        const column = nameAt.get(i);
        const known = column && (pesertaStagingColumns as readonly string[]).includes(column);
        return known ? (row[column] ?? "") : "";
      });
      await rejected.add(cells, row.line, row.kolom, row.alasan);
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.line ?? after;
  }
}
