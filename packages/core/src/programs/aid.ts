/** Non-government aid: exported through the package index. */
export * from "./aid-record.ts";
export * from "./aid-views.ts";
