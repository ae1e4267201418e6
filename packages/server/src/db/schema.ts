// Every module's tables, for Drizzle and for the migration generator. A module owns its tables.
export * from "../anomalies/anomalies-schema.ts";
export * from "../audit/audit-schema.ts";
export * from "../auth/auth-schema.ts";
export * from "../cards/cards-schema.ts";
export * from "../caseload/caseload-schema.ts";
export * from "../distribution/distribution-schema.ts";
export * from "../jobs/job-schema.ts";
export * from "../monitoring/monitoring-schema.ts";
export * from "../programs/programs-schema.ts";
export * from "../registry/registry-schema.ts";
export * from "../registry/review-schema.ts";
export * from "../wilayah/wilayah-schema.ts";
export * from "./settings-schema.ts";
