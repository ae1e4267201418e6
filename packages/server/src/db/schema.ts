// Every module's tables, for Drizzle and for the migration generator. A module owns its tables.
export * from "../audit/audit-schema.ts";
export * from "../auth/auth-schema.ts";
export * from "../wilayah/wilayah-schema.ts";
export * from "./settings-schema.ts";
