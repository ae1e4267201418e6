import {
  checkDaftarBayarRow,
  daftarBayarColumns,
  type TDaftarBayarCounts,
  type TDaftarBayarRow,
} from "@kawal/core";
import type { TDatabase } from "../../db/database.ts";
import type { TImportKind, TImportOptions, TStagedFile } from "../../interchange/import-kind.ts";
import { runImport } from "../../interchange/run-import.ts";
import type { TActor } from "../../scope/actor.ts";
import type { TPeriodKey } from "../periods/ensure-periods.ts";
import { runDaftarBayarChecks } from "./daftar-bayar-checks.ts";
import {
  createDaftarBayarStagingSql,
  DAFTAR_BAYAR_STAGING,
  daftarBayarStagingColumns,
  daftarBayarStagingLine,
} from "./daftar-bayar-staging.ts";
import { mergeDaftarBayar } from "./merge-daftar-bayar.ts";

/** What a payment list's merge did beside the counts. */
interface TDaftarBayarExtra {
  /** Periods the list opened (the SP2D opens its period). */
  openedPeriods: TPeriodKey[];
  /** KKS cards the list named that were not registered yet (now held by their families). */
  cardsRegistered: number;
}

const daftarBayarFile: TStagedFile<TDaftarBayarRow, TDaftarBayarExtra> = {
  name: "",
  columns: daftarBayarColumns,
  checkRow: (cells, index) => checkDaftarBayarRow(cells, index),
  staging: {
    table: DAFTAR_BAYAR_STAGING,
    create: createDaftarBayarStagingSql,
    columns: daftarBayarStagingColumns,
    line: daftarBayarStagingLine,
    analyse: true,
    refusedCells: "raw",
  },
  checks: (db, actor) => runDaftarBayarChecks(db, actor),
};

/**
 * A payment list (daftar bayar, docs/formats.md §3): an upsert on the family key that opens the periods it
 * names and registers the cards it names.
 */
export const daftarBayarImport: TImportKind<TDaftarBayarCounts, TDaftarBayarExtra, TDaftarBayarExtra> = {
  job: "import.daftar_bayar",
  files: [daftarBayarFile],
  prepare: async () => ({ openedPeriods: [], cardsRegistered: 0 }),
  merge: async (db, { jobId, actor, context }) => {
    const merged = await mergeDaftarBayar(db, { jobId, actorId: actor.userId });
    context.openedPeriods = merged.opened;
    context.cardsRegistered = merged.cardsRegistered;
    return merged.counts;
  },
  auditAction: "payment_list.import",
  changedTables: ["daftar_bayar", "periode_penyaluran", "kartu_kks", "kartu_kks_event"],
  extra: (context) => ({
    openedPeriods: context?.openedPeriods ?? [],
    cardsRegistered: context?.cardsRegistered ?? 0,
  }),
};

/** Imports a payment list, whole or not at all (`runImport`). */
export const importDaftarBayar = (database: TDatabase, actor: TActor, options: TImportOptions) =>
  runImport(daftarBayarImport, database, actor, options);
