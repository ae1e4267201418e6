import type { TCase } from "./matrix-types.ts";

export const MISSING_ID = "7d0c7a5e-0000-4000-8000-000000000000";
/** The callers' own kecamatan, and another one of the same kabupaten. */
export const OWN_KECAMATAN = "35.17.18";
export const OTHER_KECAMATAN = "35.17.17";

/** The desa of the fixture families: one of the callers' kecamatan, one of the other. */
export const OWN_DESA = `${OWN_KECAMATAN}.2005`;
export const OTHER_DESA = `${OTHER_KECAMATAN}.2002`;

/** The desa of a case; for `missing`, one that does not exist. */
export const desaOf = (c: TCase, missing = `${OWN_KECAMATAN}.2999`) =>
  c === "own" ? OWN_DESA : c === "other" ? OTHER_DESA : missing;
