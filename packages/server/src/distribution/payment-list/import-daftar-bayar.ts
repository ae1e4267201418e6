import {
  checkDaftarBayarRow,
  daftarBayarColumns,
  type TDaftarBayarCounts,
  type TLanguage,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDatabase } from "../../db/database.ts";
import { openFileImport } from "../../interchange/open-file-import.ts";
import { runFileImport } from "../../interchange/run-file-import.ts";
import { RejectedFile } from "../../registry/import/rejected-file.ts";
import type { TActor } from "../../scope/actor.ts";
import type { TPeriodKey } from "../periods/ensure-periods.ts";
import { runDaftarBayarChecks } from "./daftar-bayar-checks.ts";
import {
  copyDaftarBayarStagingSql,
  createDaftarBayarStagingSql,
  DAFTAR_BAYAR_STAGING,
  daftarBayarStagingLine,
} from "./daftar-bayar-staging.ts";
import { mergeDaftarBayar } from "./merge-daftar-bayar.ts";
import { writeStagedRejects } from "./staged-rejects.ts";

export interface TImportDaftarBayarOptions {
  path: string;
  /** Import the valid rows only (FORMATS.md `--partial`); otherwise any rejected row changes nothing. */
  partial: boolean;
  language: TLanguage;
  /** Where the rejected-rows CSV goes (written only when a row is rejected). */
  rejectedPath: string;
  /** A job already created for this import (an upload answers with its id before the work starts). */
  jobId?: string;
  onProgress?: (progress: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

export interface TImportDaftarBayarResult {
  jobId: string;
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
  changes: TDaftarBayarCounts[];
  /** Periods the list opened (the SP2D opens its period). */
  openedPeriods: TPeriodKey[];
  /** KKS cards the list named that were not registered yet (now held by their families). */
  cardsRegistered: number;
}

/**
 * Imports a payment list (daftar bayar, FORMATS.md §3), whole or not at all: rows checked one by one in
 * core and copied into a staging table, the checks that need the file or the database as SQL, the merge
 * an upsert on the family key, all in one transaction with the audit rows.
 */
export async function importDaftarBayar(
  database: TDatabase,
  actor: TActor,
  options: TImportDaftarBayarOptions,
): Promise<TImportDaftarBayarResult> {
  const { table, header, jobId, headerRefused } = await openFileImport(database, actor, {
    path: options.path,
    columns: daftarBayarColumns,
    kind: "import.daftar_bayar",
    partial: options.partial,
    jobId: options.jobId,
  });
  const base = {
    jobId,
    missingColumns: header.missing,
    unknownColumns: header.unknown,
    changes: [],
    openedPeriods: [],
    cardsRegistered: 0,
  };
  if (headerRefused) {
    return { ...base, status: "rejected", rows: 0, accepted: 0, rejected: 0, rejectedFile: null };
  }

  const rejected = new RejectedFile(options.rejectedPath, table.header);
  const lang = options.language;
  let rows = 0;
  let openedPeriods: TPeriodKey[] = [];
  let cardsRegistered = 0;

  async function* stagingCsv(): AsyncGenerator<string> {
    for await (const batch of table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        rows += 1;
        const checked = checkDaftarBayarRow(cells, header.index);
        if (!checked.ok) {
          await rejected.add(
            cells,
            line,
            checked.errors.map((p) => p.column),
            checked.errors.map((p) => p.reason[lang]),
          );
          continue;
        }
        chunk.push(daftarBayarStagingLine(line, cells, checked.row));
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
    auditAction: "payment_list.import",
    changedTables: ["daftar_bayar", "periode_penyaluran", "kartu_kks", "kartu_kks_event"],
    stage: async (session) => {
      for (const statement of createDaftarBayarStagingSql) await session.db.execute(sql.raw(statement));
      await session.copyIn(copyDaftarBayarStagingSql, stagingCsv());
      await session.db.execute(sql.raw(`ANALYZE ${DAFTAR_BAYAR_STAGING}`));
      await runDaftarBayarChecks(session.db, actor);
      await writeStagedRejects(session.db, DAFTAR_BAYAR_STAGING, rejected, lang);
    },
    merge: async (session) => {
      const merged = await mergeDaftarBayar(session.db, { jobId, actorId: actor.userId });
      openedPeriods = merged.opened;
      cardsRegistered = merged.cardsRegistered;
      return merged.counts;
    },
    jobResult: () => ({ unknownColumns: header.unknown, openedPeriods, cardsRegistered }),
  });
  return { ...base, ...outcome, openedPeriods, cardsRegistered };
}
