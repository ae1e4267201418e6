export * from "./auth/roles.ts";
export * from "./auth/user-schemas.ts";
export * from "./errors/app-error.ts";
export * from "./errors/error-catalog.ts";
export * from "./i18n/language.ts";
export * from "./wilayah/wilayah-code.ts";
