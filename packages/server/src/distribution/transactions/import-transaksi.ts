import {
  checkTransaksiItemRow,
  checkTransaksiRow,
  type TTransaksiCounts,
  type TTransaksiItemRow,
  type TTransaksiRow,
  transaksiColumns,
  transaksiItemColumns,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDatabase } from "../../db/database.ts";
import type {
  TImportKind,
  TImportOptions,
  TMoreFileOptions,
  TStagedFile,
} from "../../interchange/import-kind.ts";
import { runImport } from "../../interchange/run-import.ts";
import type { TActor } from "../../scope/actor.ts";
import { mergeTransaksi } from "./merge-transaksi.ts";
import { runItemChecks, runTransaksiChecks } from "./transaksi-checks.ts";
import {
  createItemStagingSql,
  createTransaksiStagingSql,
  itemStagingColumns,
  itemStagingLine,
  transaksiStagingColumns,
  transaksiStagingLine,
} from "./transaksi-staging.ts";

const transaksiFile: TStagedFile<TTransaksiRow, null> = {
  name: "",
  columns: transaksiColumns,
  checkRow: (cells, index) => checkTransaksiRow(cells, index),
  staging: {
    table: "stg_transaksi",
    create: createTransaksiStagingSql,
    columns: transaksiStagingColumns,
    line: (line, _cells, row) => transaksiStagingLine(line, row),
    analyse: true,
    refusedCells: {
      select: sql`s.line, to_char(s.waktu AT TIME ZONE 'Asia/Jakarta', 'YYYY-MM-DD"T"HH24:MI:SS') || '+07:00' AS waktu,
                  s.periode, s.program, s.no_kks, s.nominal::text AS nominal, s.status, s.alasan, s.id_agen, s.id_transaksi`,
    },
  },
  checks: (db, actor) => runTransaksiChecks(db, actor),
};

/** The goods lines (`transaksi_item`, docs/formats.md §4), after the transactions they belong to. */
const itemFile: TStagedFile<TTransaksiItemRow, null> = {
  name: "item",
  columns: transaksiItemColumns,
  checkRow: (cells, index) => checkTransaksiItemRow(cells, index),
  staging: {
    table: "stg_item",
    create: createItemStagingSql,
    columns: itemStagingColumns,
    line: (line, _cells, row) => itemStagingLine(line, row),
    analyse: true,
    refusedCells: {
      select: sql`s.line, s.id_transaksi, s.komoditas, trim_scale(s.jumlah)::text AS jumlah, s.satuan,
                  s.harga_satuan::text AS harga_satuan`,
    },
  },
  checks: (db, actor) => runItemChecks(db, actor),
};

/**
 * A `transaksi` file and, optionally, its goods lines, whole or not at all across both: a rejected row
 * in either file changes nothing unless `--partial` was asked for, and each file gets its own
 * rejected-rows file (the item file's beside it by default).
 */
export const transaksiImport: TImportKind<TTransaksiCounts, null, object, "item"> = {
  job: "import.transaksi",
  files: [transaksiFile, itemFile],
  prepare: async () => null,
  merge: (db, { jobId, actor, files }) =>
    mergeTransaksi(db, { jobId, actorId: actor.userId, withItems: files.includes("item") }),
  auditAction: "transaction.import",
  changedTables: ["transaksi", "transaksi_item"],
  changedAnything: (changes) => changes.some((c) => c.created > 0 || c.itemsCreated > 0),
  extra: () => ({}),
};

/** Imports a `transaksi` file and its goods lines when `itemPath` is given (`runImport`). */
export const importTransaksi = (
  database: TDatabase,
  actor: TActor,
  options: TImportOptions & TMoreFileOptions<"item">,
) => runImport(transaksiImport, database, actor, options);
