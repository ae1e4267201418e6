/** Companions, caseloads and handovers: exported through the package index. */
export * from "./caseload-load.ts";
export * from "./caseload-schemas.ts";
export * from "./caseload-views.ts";
