import { z } from "zod";
import { ZDuplicateScanResult } from "../registry/duplicate-views.ts";

/*
 * What a finished job leaves in its `result`: one import's counts per file and per kabupaten, a duplicate
 * scan's pairs, or why it failed. The server writes exactly these fields (`finishJob` takes a
 * `TJobResult`) and `GET /api/jobs/:id` answers them, so the web app reads them from here.
 */

/** What an `anggota` import changed in one kabupaten (docs/formats.md §1). */
export const ZAnggotaCounts = z.strictObject({
  kabCode: z.string(),
  familiesInserted: z.number(),
  familiesUpdated: z.number(),
  membersInserted: z.number(),
  membersUpdated: z.number(),
});
export type TAnggotaCounts = z.output<typeof ZAnggotaCounts>;

/** What a `peserta` import changed in one kabupaten (docs/formats.md §2). */
export const ZPesertaCounts = z.strictObject({
  kabCode: z.string(),
  /** Enrolments opened (or recorded closed) by the file. */
  created: z.number(),
  /** Open enrolments moved to another state. */
  transitioned: z.number(),
  /** Same state, new card holder, card number or bank. */
  updated: z.number(),
  unchanged: z.number(),
});
export type TPesertaCounts = z.output<typeof ZPesertaCounts>;

/** What a payment-list import changed in one kabupaten (docs/formats.md §3). */
export const ZDaftarBayarCounts = z.strictObject({
  kabCode: z.string(),
  created: z.number(),
  /** Rows whose amount, card, bank or injection status changed (each audited with before and after). */
  updated: z.number(),
  unchanged: z.number(),
  /** SEMBAKO rows whose amount differs from the rule in force for the period: not an error (arrears). */
  nominalDiffers: z.number(),
});
export type TDaftarBayarCounts = z.output<typeof ZDaftarBayarCounts>;

/** What an agent import changed in one kabupaten (docs/formats.md §5). */
export const ZAgenCounts = z.strictObject({
  kabCode: z.string(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
});
export type TAgenCounts = z.output<typeof ZAgenCounts>;

/** What a `transaksi` import changed in one kabupaten (docs/formats.md §4). */
export const ZTransaksiCounts = z.strictObject({
  kabCode: z.string(),
  /** Transactions stored by this import. */
  created: z.number(),
  /** Transactions already stored with the same content. */
  unchanged: z.number(),
  /** Goods lines stored by this import. */
  itemsCreated: z.number(),
  /** Goods lines already stored the same. */
  itemsUnchanged: z.number(),
});
export type TTransaksiCounts = z.output<typeof ZTransaksiCounts>;

const columnNames = z.array(z.string());

/** One import's result: per file (a further file's fields prefixed with its name, e.g. `itemRows`), the changes, extras. */
export const ZJobResult = z
  .object({
    rows: z.number(),
    accepted: z.number(),
    rejected: z.number(),
    unknownColumns: columnNames,
    missingColumns: columnNames,
    duplicateColumns: columnNames,
    itemRows: z.number(),
    itemAccepted: z.number(),
    itemRejected: z.number(),
    itemUnknownColumns: columnNames,
    itemMissingColumns: columnNames,
    itemDuplicateColumns: columnNames,
    /** Per kabupaten: one kind of counts per job (strict objects, so each row matches its own kind). */
    changes: z.array(
      z.union([ZAnggotaCounts, ZPesertaCounts, ZDaftarBayarCounts, ZAgenCounts, ZTransaksiCounts]),
    ),
    /** `anggota`: rows kept with a warning. */
    warnings: z.number(),
    /** `daftar_bayar`: the periods the file opened, and the cards it registered. */
    openedPeriods: z.array(
      z.object({ program: z.string(), periode: z.string(), tahap: z.number().nullable() }),
    ),
    cardsRegistered: z.number(),
    /** A duplicate scan: its pairs, and the region scanned. */
    ...ZDuplicateScanResult.shape,
    wilayah: z.string().nullable(),
    /** A failed job: what went wrong (`internal` when nothing more may be said). */
    error: z.string(),
    /** A job marked failed without an error of its own (`interrupted`: its process stopped). */
    reason: z.string(),
  })
  .partial();
export type TJobResult = z.output<typeof ZJobResult>;

/** A job's result read as one import kind's: its `changes` are that kind's counts. */
export type TImportJobResult<TCounts> = Omit<TJobResult, "changes"> & { changes?: TCounts[] };
