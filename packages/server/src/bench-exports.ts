// What the benchmark suite uses of the server: the synthetic data generator and the search statement
// it runs bare as its floor. One entry point, so the bench never reaches into the server's files.

// The overlap and peserta scenarios call the functions the routes call, and run their floors as SQL
// on the same connection.
export { sql } from "drizzle-orm";
export { detectAnomalies } from "./anomalies/detect-anomalies.ts";
export { queryRows, type TDatabase } from "./db/database.ts";
export { openDatabase } from "./db/open-database.ts";
export { reconcilePeriod } from "./distribution/reconcile/reconcile-period.ts";
export { computePkhStage } from "./programs/compute-pkh-stage.ts";
export { importPeserta } from "./programs/import/import-peserta.ts";
export { getAidOverlap } from "./programs/overlap-desa.ts";
export { exportAidOverlap } from "./programs/overlap-export.ts";
export { summarizeAidOverlap } from "./programs/overlap-summary.ts";
export { registrySearchQuery } from "./registry/search-registry.ts";
export {
  anggotaHeader,
  syntheticAnggota,
  syntheticAnggotaCsv,
} from "./registry/synthetic/generate-anggota.ts";
export { femaleNames, maleNames, secondNames } from "./registry/synthetic/names.ts";
export { systemActor } from "./scope/actor.ts";
export { loadWilayah } from "./wilayah/load-wilayah.ts";
