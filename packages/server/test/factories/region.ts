/** The kabupaten code of a desa code (`35.17.18.2003` → `35.17`): every partitioned row carries it. */
export const kabOf = (code: string) => code.slice(0, 5);

/** The kecamatan of a desa as the six digits a NIK or No. KK begins with (`35.17.18.2003` → `351718`). */
export const kecamatanDigits = (desa: string) => desa.split(".").slice(0, 3).join("");

/** The kecamatan code of a desa (`35.17.18.2003` → `35.17.18`). */
export const kecamatanOf = (desa: string) => desa.split(".").slice(0, 3).join(".");
