import { agenColumns, checkAgenRow, type TAgenCounts, type TLanguage } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDatabase } from "../../db/database.ts";
import { openFileImport } from "../../interchange/open-file-import.ts";
import { runFileImport } from "../../interchange/run-file-import.ts";
import { RejectedFile } from "../../registry/import/rejected-file.ts";
import type { TActor } from "../../scope/actor.ts";
import { writeStagedRejects } from "../payment-list/staged-rejects.ts";
import { runAgenChecks } from "./agen-checks.ts";
import { AGEN_STAGING, agenStagingLine, copyAgenStagingSql, createAgenStagingSql } from "./agen-staging.ts";
import { mergeAgen } from "./merge-agen.ts";

export interface TImportAgenOptions {
  path: string;
  partial: boolean;
  language: TLanguage;
  rejectedPath: string;
  jobId?: string;
  onProgress?: (progress: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

export interface TImportAgenResult {
  jobId: string;
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
  changes: TAgenCounts[];
}

/** Imports an e-Warong agent file (FORMATS.md §5), whole or not at all, like every file import. */
export async function importAgen(
  database: TDatabase,
  actor: TActor,
  options: TImportAgenOptions,
): Promise<TImportAgenResult> {
  const { table, header, jobId, headerRefused } = await openFileImport(database, actor, {
    path: options.path,
    columns: agenColumns,
    kind: "import.agen",
    partial: options.partial,
    jobId: options.jobId,
  });
  const base = { jobId, missingColumns: header.missing, unknownColumns: header.unknown, changes: [] };
  if (headerRefused) {
    return { ...base, status: "rejected", rows: 0, accepted: 0, rejected: 0, rejectedFile: null };
  }
  const rejected = new RejectedFile(options.rejectedPath, table.header);
  const lang = options.language;
  let rows = 0;

  async function* stagingCsv(): AsyncGenerator<string> {
    for await (const batch of table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        rows += 1;
        const checked = checkAgenRow(cells, header.index);
        if (!checked.ok) {
          await rejected.add(
            cells,
            line,
            checked.errors.map((p) => p.column),
            checked.errors.map((p) => p.reason[lang]),
          );
          continue;
        }
        chunk.push(agenStagingLine(line, cells, checked.row));
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
    auditAction: "agent.import",
    changedTables: ["agen"],
    stage: async (session) => {
      for (const statement of createAgenStagingSql) await session.db.execute(sql.raw(statement));
      await session.copyIn(copyAgenStagingSql, stagingCsv());
      await runAgenChecks(session.db, actor);
      await writeStagedRejects(session.db, AGEN_STAGING, rejected, lang);
    },
    merge: (session) => mergeAgen(session.db, { jobId, actorId: actor.userId }),
    jobResult: () => ({ unknownColumns: header.unknown }),
  });
  return { ...base, ...outcome };
}
