/** Enrolment states and the `peserta` row: exported through the package index. */
export {};
