// The test geography every suite draws on: Kabupaten Jombang (35.17), whose Kecamatan Bandarkedungmulyo is
// the companions' own and Kecamatan Ploso the one outside their scope. A suite imports the codes under
// the names its cases speak of.

/** Kecamatan Bandarkedungmulyo: the scope of the test companions. */
export const OWN_KEC = "35.17.18";
/** A desa of the own kecamatan. */
export const DESA = "35.17.18.2003";
/** A second desa of the own kecamatan. */
export const DESA_2 = "35.17.18.2004";
/** Kecamatan Ploso: outside the test companions' scope. */
export const OTHER_KEC = "35.17.17";
/** A desa of the other kecamatan. */
export const OUTSIDE_DESA = "35.17.17.2002";
