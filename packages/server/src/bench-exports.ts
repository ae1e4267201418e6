// What the benchmark suite uses of the server: the synthetic data generator and the search statement
// it runs bare as its floor. One entry point, so the bench never reaches into the server's files.

export { openDatabase } from "./db/open-database.ts";
export { computePkhStage } from "./programs/compute-pkh-stage.ts";
export { registrySearchQuery } from "./registry/search-registry.ts";
export {
  anggotaHeader,
  syntheticAnggota,
  syntheticAnggotaCsv,
} from "./registry/synthetic/generate-anggota.ts";
export { femaleNames, maleNames, secondNames } from "./registry/synthetic/names.ts";
export { systemActor } from "./scope/actor.ts";
