import { agenColumns, checkAgenRow, type TAgenCounts, type TAgenRow } from "@kawal/core";
import type { TDatabase } from "../../db/database.ts";
import type { TImportKind, TImportOptions, TStagedFile } from "../../interchange/import-kind.ts";
import { runImport } from "../../interchange/run-import.ts";
import type { TActor } from "../../scope/actor.ts";
import { runAgenChecks } from "./agen-checks.ts";
import { AGEN_STAGING, agenStagingColumns, agenStagingLine, createAgenStagingSql } from "./agen-staging.ts";
import { mergeAgen } from "./merge-agen.ts";

const agenFile: TStagedFile<TAgenRow, null> = {
  name: "",
  columns: agenColumns,
  checkRow: (cells, index) => checkAgenRow(cells, index),
  staging: {
    table: AGEN_STAGING,
    create: createAgenStagingSql,
    columns: agenStagingColumns,
    line: agenStagingLine,
    analyse: false,
    refusedCells: "raw",
  },
  checks: (db, actor) => runAgenChecks(db, actor),
};

/** An e-Warong agent file (docs/formats.md §5): agents upserted on their id, each change audited. */
export const agenImport: TImportKind<TAgenCounts, null, object> = {
  job: "import.agen",
  files: [agenFile],
  prepare: async () => null,
  merge: (db, { jobId, actor }) => mergeAgen(db, { jobId, actorId: actor.userId }),
  auditAction: "agent.import",
  changedTables: ["agen"],
  extra: () => ({}),
};

/** Imports an agent file, whole or not at all (`runImport`). */
export const importAgen = (database: TDatabase, actor: TActor, options: TImportOptions) =>
  runImport(agenImport, database, actor, options);
