// The shared test factories: rows written straight into the tables, so a suite starts from the state
// it tests without going through other modules' importers. Each takes the Drizzle handle (`t.database.db`).
export * from "./agent.ts";
export * from "./card.ts";
export * from "./enrolment.ts";
export * from "./family.ts";
export * from "./household.ts";
export * from "./life-event.ts";
export * from "./payment-list.ts";
export * from "./period.ts";
export * from "./region.ts";
export * from "./transaction.ts";
export * from "./user.ts";
