import {
  checkTransaksiItemRow,
  checkTransaksiRow,
  mapHeader,
  type THeaderMap,
  type TLanguage,
  transaksiColumns,
  transaksiItemColumns,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDatabase } from "../../db/database.ts";
import { openFileImport } from "../../interchange/open-file-import.ts";
import { readTable, type TTable } from "../../interchange/read-table.ts";
import { finishJob } from "../../jobs/job-store.ts";
import { RejectedFile } from "../../registry/import/rejected-file.ts";
import type { TActor } from "../../scope/actor.ts";
import { mergeTransaksi, type TTransaksiCounts } from "./merge-transaksi.ts";
import { runTransaksiImport } from "./run-transaksi-import.ts";
import { runItemChecks, runTransaksiChecks } from "./transaksi-checks.ts";
import { writeCheckRejects } from "./transaksi-rejects.ts";
import {
  copyItemStagingSql,
  copyTransaksiStagingSql,
  createTransaksiStagingSql,
  itemStagingColumns,
  itemStagingLine,
  transaksiStagingColumns,
  transaksiStagingLine,
} from "./transaksi-staging.ts";

export interface TImportTransaksiOptions {
  path: string;
  /** The item lines (`transaksi_item`, FORMATS.md §4), when given. */
  itemPath?: string | undefined;
  partial: boolean;
  language: TLanguage;
  rejectedPath: string;
  /** Where the item file's rejected rows go; beside the item file by default. */
  itemRejectedPath?: string | undefined;
  jobId?: string;
  onProgress?: (progress: { rows: number; bytesRead: number; totalBytes: number }) => void;
}

export interface TImportTransaksiResult {
  jobId: string;
  status: "done" | "rejected";
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  itemRows: number;
  itemAccepted: number;
  itemRejected: number;
  itemRejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
  itemMissingColumns: string[];
  itemUnknownColumns: string[];
  changes: TTransaksiCounts[];
}

/** The default name of the item file's rejected rows: beside it, `<name>.ditolak.csv`. */
export function itemRejectedPathFor(itemPath: string): string {
  return `${itemPath.replace(/\.(csv|xlsx)$/i, "")}.ditolak.csv`;
}

/**
 * Imports a `transaksi` file and, optionally, its item lines, whole or not at all across both: rows are
 * checked one by one in core and streamed in batches straight into COPY (a 1.3M-row file never sits in
 * memory), the checks that need the whole file or the database run as SQL, and the merge is set-based,
 * all in one transaction with the audit rows.
 */
export async function importTransaksi(
  database: TDatabase,
  actor: TActor,
  options: TImportTransaksiOptions,
): Promise<TImportTransaksiResult> {
  const { table, header, jobId, headerRefused } = await openFileImport(database, actor, {
    path: options.path,
    columns: transaksiColumns,
    kind: "import.transaksi",
    partial: options.partial,
    jobId: options.jobId,
  });
  let items: { table: TTable; header: THeaderMap } | null = null;
  if (options.itemPath) {
    const itemTable = await readTable(options.itemPath);
    items = { table: itemTable, header: mapHeader(itemTable.header, transaksiItemColumns) };
  }
  const itemRefused =
    items !== null && (items.header.missing.length > 0 || items.header.duplicate.length > 0);
  const base = {
    jobId,
    missingColumns: header.missing,
    unknownColumns: header.unknown,
    itemMissingColumns: items?.header.missing ?? [],
    itemUnknownColumns: items?.header.unknown ?? [],
    changes: [],
  };
  const nothing = { rows: 0, accepted: 0, rejected: 0, rejectedFile: null };
  const noItems = { itemRows: 0, itemAccepted: 0, itemRejected: 0, itemRejectedFile: null };
  if (headerRefused || itemRefused) {
    if (!headerRefused) {
      await finishJob(database.db, jobId, {
        status: "rejected",
        result: {
          itemMissingColumns: base.itemMissingColumns,
          itemDuplicateColumns: items?.header.duplicate,
        },
      });
    }
    return { ...base, ...nothing, ...noItems, status: "rejected" };
  }

  const lang = options.language;
  const rejected = new RejectedFile(options.rejectedPath, table.header);
  const itemRejected =
    items && options.itemPath
      ? new RejectedFile(
          options.itemRejectedPath ?? itemRejectedPathFor(options.itemPath),
          items.table.header,
        )
      : null;
  let rows = 0;
  let itemRows = 0;

  async function* transaksiCsv(): AsyncGenerator<string> {
    for await (const batch of table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        rows += 1;
        const checked = checkTransaksiRow(cells, header.index);
        if (!checked.ok) {
          await rejected.add(
            cells,
            line,
            checked.errors.map((e) => e.column),
            checked.errors.map((e) => e.reason[lang]),
          );
          continue;
        }
        chunk.push(transaksiStagingLine(line, checked.row));
      }
      if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
      options.onProgress?.({ rows, ...table.progress() });
    }
  }

  async function* itemCsv(source: { table: TTable; header: THeaderMap }, out: RejectedFile) {
    for await (const batch of source.table.batches) {
      const chunk: string[] = [];
      for (const { line, cells } of batch) {
        itemRows += 1;
        const checked = checkTransaksiItemRow(cells, source.header.index);
        if (!checked.ok) {
          await out.add(
            cells,
            line,
            checked.errors.map((e) => e.column),
            checked.errors.map((e) => e.reason[lang]),
          );
          continue;
        }
        chunk.push(itemStagingLine(line, checked.row));
      }
      if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
    }
  }

  const outcome = await runTransaksiImport(database, {
    jobId,
    actor,
    partial: options.partial,
    rejected,
    itemRejected,
    rowCount: () => rows,
    itemRowCount: () => itemRows,
    stage: async (session) => {
      for (const statement of createTransaksiStagingSql) await session.db.execute(sql.raw(statement));
      await session.copyIn(copyTransaksiStagingSql, transaksiCsv());
      await session.db.execute(sql`ANALYZE stg_transaksi`);
      await runTransaksiChecks(session.db, actor);
      await writeCheckRejects(session.db, {
        table: "stg_transaksi",
        columns: transaksiStagingColumns,
        select: sql`s.line, to_char(s.waktu AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD"T"HH24:MI:SS') || '+07:00' AS waktu,
                    s.periode, s.program, s.no_kks, s.nominal::text AS nominal, s.status, s.alasan, s.id_agen, s.id_transaksi`,
        rejected,
        header: table.header,
        index: header.index,
        lang,
      });
      if (items && itemRejected) {
        await session.copyIn(copyItemStagingSql, itemCsv(items, itemRejected));
        await session.db.execute(sql`ANALYZE stg_item`);
        await runItemChecks(session.db, actor);
        await writeCheckRejects(session.db, {
          table: "stg_item",
          columns: itemStagingColumns,
          select: sql`s.line, s.id_transaksi, s.komoditas, trim_scale(s.jumlah)::text AS jumlah, s.satuan,
                      s.harga_satuan::text AS harga_satuan`,
          rejected: itemRejected,
          header: items.table.header,
          index: items.header.index,
          lang,
        });
      }
    },
    merge: (session) =>
      mergeTransaksi(session.db, { jobId, actorId: actor.userId, withItems: items !== null }),
    jobResult: () => ({ unknownColumns: header.unknown, itemUnknownColumns: items?.header.unknown ?? [] }),
  });
  return { ...base, ...outcome };
}
