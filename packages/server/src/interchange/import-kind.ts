import type { TBilingual, THeaderSpec, TLanguage } from "@kawal/core";
import type { TDatabase, TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import type { TRefusedCells } from "./write-staged-rejects.ts";

/** A row's check: the normalized row, or every column at fault with its reason. */
export type TRowCheck<TRow> =
  | { ok: true; row: TRow }
  | { ok: false; errors: readonly { column: string; reason: TBilingual }[] };

/**
 * One file of an import (docs/formats.md): its columns, the row check, how its rows are staged, and the
 * set-based checks that need the whole file or the database.
 */
export interface TStagedFile<TRow, TContext> {
  /** "" for the import's file; a further file's name (`item`) prefixes its options and results. */
  name: string;
  columns: THeaderSpec;
  /** The core row check, with whatever else one row decides alone (a desa code the registry knows). */
  checkRow(
    cells: readonly string[],
    index: Readonly<Record<string, number>>,
    context: TContext,
  ): TRowCheck<TRow>;
  staging: {
    /** The temporary table the rows are copied into; its refusals go to `<table>_reject`. */
    table: string;
    /** CREATE TEMP TABLE statements of the table and any helper table (ON COMMIT DROP). */
    create: readonly string[];
    /** The columns COPY fills, in the order `line` writes them. */
    columns: readonly string[];
    /** One CSV line for COPY (see `copyField`). */
    line(line: number, cells: readonly string[], row: TRow, context: TContext): string;
    /** ANALYZE the staged rows before the checks: their joins need the row count on a large file. */
    analyse: boolean;
    refusedCells: TRefusedCells;
  };
  /** The checks over the staged rows, refusing with `refuseStaged`/`refuseFindings`, in the order a user fixes them. */
  checks(db: TDb, actor: TActor, context: TContext): Promise<void>;
}

export interface TImportProgress {
  rows: number;
  bytesRead: number;
  totalBytes: number;
}

export interface TImportOptions {
  path: string;
  /** Import the valid rows only (docs/formats.md `--partial`); otherwise any rejected row changes nothing. */
  partial: boolean;
  language: TLanguage;
  /** Where the rejected-rows CSV goes (written only when a row is rejected). */
  rejectedPath: string;
  /** A job already created for this import (an upload answers with its id before the work starts). */
  jobId?: string | undefined;
  /** The time the import runs at, for the checks of dates (tests set it). */
  now?: Date | undefined;
  onProgress?: ((progress: TImportProgress) => void) | undefined;
}

/** A further file's path (`itemPath`) and rejected-rows path (`itemRejectedPath`, beside it by default). */
export type TMoreFileOptions<TMore extends string> = {
  [K in `${TMore}Path` | `${TMore}RejectedPath`]?: string | undefined;
};

/** What one file of an import came to. */
export interface TFileOutcome {
  rows: number;
  accepted: number;
  rejected: number;
  rejectedFile: string | null;
  missingColumns: string[];
  unknownColumns: string[];
}

/** A further file's outcome under its name: `itemRows`, `itemRejectedFile`, … */
export type TPrefixed<P extends string, T> = { [K in keyof T & string as `${P}${Capitalize<K>}`]: T[K] };

export type TImportResult<TCounts, TExtra, TMore extends string = never> = {
  jobId: string;
  status: "done" | "rejected";
  changes: TCounts[];
} & TFileOutcome &
  TPrefixed<TMore, TFileOutcome> &
  TExtra;

/**
 * A kind of import file: its file (and any files that come with it, imported in the same transaction),
 * the merge of the accepted rows, and what is recorded about it. `runImport` does the rest the same way
 * for every kind.
 */
export interface TImportKind<
  TCounts extends { kabCode: string },
  TContext,
  TExtra,
  TMore extends string = never,
> {
  /** The job's kind, `import.<kind>`. */
  job: string;
  /** The import's file first, then the further files, each imported only when its path is given. */
  files: readonly TStagedFile<unknown, TContext>[];
  /** What the rows and checks need from the database before the file is read; the run's own state too. */
  prepare(
    database: TDatabase,
    actor: TActor,
    options: TImportOptions & TMoreFileOptions<TMore>,
  ): Promise<TContext>;
  /** Room for the whole-file hashes and sorts, for this transaction only. */
  workMem?: string;
  /** The set-based merge of the staged rows that passed, counted per kabupaten. */
  merge(
    db: TDb,
    run: { jobId: string; actor: TActor; context: TContext; files: readonly string[] },
  ): Promise<TCounts[]>;
  /** Audit action written per kabupaten the merge touched. */
  auditAction: string;
  /** Tables to analyse after a change (the embedded database never does it by itself). */
  changedTables: readonly string[];
  /** Whether the merge changed anything worth new statistics; by default any kabupaten counted. */
  changedAnything?(changes: readonly TCounts[]): boolean;
  /** What the result and the job record beside the counts (null: the file was refused before reading). */
  extra(context: TContext | null): TExtra;
}
