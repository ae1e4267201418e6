/** Programme rules and PKH entitlement: exported through the package index. */
export * from "./member-on-date.ts";
export * from "./pkh-entitlement.ts";
export * from "./program-rules.ts";
export * from "./program-views.ts";
