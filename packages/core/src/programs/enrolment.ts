/** Enrolment states and the `peserta` row: exported through the package index. */
export * from "./enrolment-machine.ts";
export * from "./enrolment-schemas.ts";
export * from "./peserta-row.ts";
