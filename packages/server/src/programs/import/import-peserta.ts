import {
  checkPesertaRow,
  latestLocalDate,
  pesertaColumns,
  type TPesertaCounts,
  type TPesertaRow,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDatabase } from "../../db/database.ts";
import type { TImportKind, TImportOptions, TStagedFile } from "../../interchange/import-kind.ts";
import { runImport } from "../../interchange/run-import.ts";
import type { TActor } from "../../scope/actor.ts";
import { mergePeserta } from "./merge-peserta.ts";
import { runPesertaChecks } from "./peserta-checks.ts";
import { createPesertaStagingSql, pesertaStagingColumns, pesertaStagingLine } from "./peserta-staging.ts";

interface TPesertaContext {
  now: Date;
  today: string;
}

const pesertaFile: TStagedFile<TPesertaRow, TPesertaContext> = {
  name: "",
  columns: pesertaColumns,
  checkRow: (cells, index, context) => checkPesertaRow(cells, index, { today: context.today }),
  staging: {
    table: "stg_peserta",
    create: createPesertaStagingSql,
    columns: pesertaStagingColumns,
    line: (line, _cells, row) => pesertaStagingLine(line, row),
    analyse: true,
    refusedCells: {
      select: sql`s.line, s.program, s.no_kk, s.nik_pengurus, s.status, to_char(s.sejak, 'YYYY-MM-DD') AS sejak,
                  s.no_kks, s.bank`,
    },
  },
  checks: (db, actor, context) => runPesertaChecks(db, actor, context.now),
};

/**
 * A `peserta` file (docs/formats.md §2): each row a family's state in a programme since a date. The checks
 * follow core's transition table; the merge opens, moves or updates enrolments with their transitions.
 */
export const pesertaImport: TImportKind<TPesertaCounts, TPesertaContext, object> = {
  job: "import.peserta",
  files: [pesertaFile],
  prepare: async (_database, _actor, options) => {
    const now = options.now ?? new Date();
    return { now, today: latestLocalDate(now) };
  },
  merge: (db, { jobId, actor }) => mergePeserta(db, { jobId, actorId: actor.userId }),
  auditAction: "enrolment.import",
  changedTables: ["enrolment", "enrolment_transition"],
  extra: () => ({}),
};

/** Imports a `peserta` file, whole or not at all (`runImport`). */
export const importPeserta = (database: TDatabase, actor: TActor, options: TImportOptions) =>
  runImport(pesertaImport, database, actor, options);
