import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type TDatabase } from "../src/db/database.ts";
import { dbTargets } from "./db-targets.ts";

/**
 * The Citus rule (ARCHITECTURE.md, Principles): every high-volume table carries `kab_code` in its primary key and in
 * every unique key, so it can be distributed by kabupaten. Small reference tables are listed here by
 * name, each with the reason it stays whole on every node; a new table is high-volume until listed.
 */
const referenceTables: Record<string, string> = {
  wilayah: "≈92k regions, read everywhere",
  wilayah_succession: "a handful of pemekaran records",
  users: "staff accounts, thousands",
  user_scope: "a few rows per staff account",
  session: "one row per logged-in staff member",
  job: "a few long-running jobs a day",
  social_category: "38 PMKS and PSKS categories with their dated versions",
  system_setting: "installation-wide settings",
  program: "the programme catalogue, a few dozen rows",
  program_rule: "dated versions of programme rules, a few per programme a year",
  caseload_norm: "one norm per companion role, nationally and per kabupaten that sets its own",
  wilayah_location: "at most one point per desa, read everywhere like wilayah",
  periode_penyaluran: "one row per programme per month paid",
  harga_eceran_tertinggi: "dated retail ceilings of a few dozen commodities",
};

describe.each(dbTargets)("schema on $name", (target) => {
  let database: TDatabase;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ database, drop } = await target.open());
  });
  afterAll(async () => drop());

  it("puts kab_code in the primary and unique keys of every high-volume table", async () => {
    const keys = await queryRows<{
      table_name: string;
      constraint_name: string;
      kind: string;
      columns: string[];
    }>(
      database.db,
      sql`SELECT t.relname AS table_name, i.relname AS constraint_name,
                 CASE WHEN x.indisprimary THEN 'primary' ELSE 'unique' END AS kind,
                 array_agg(a.attname::text ORDER BY a.attnum) AS columns
          FROM pg_index x
          JOIN pg_class t ON t.oid = x.indrelid
          JOIN pg_class i ON i.oid = x.indexrelid
          JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
          JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY (x.indkey)
          WHERE x.indisunique
          GROUP BY t.relname, i.relname, x.indisprimary`,
    );
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`SELECT tablename AS table_name FROM pg_tables WHERE schemaname = 'public'`,
    );
    const highVolume = tables.map((t) => t.table_name).filter((name) => !(name in referenceTables));
    expect(highVolume).toContain("audit_log");
    for (const table of highVolume) {
      const tableKeys = keys.filter((k) => k.table_name === table);
      expect(
        tableKeys.some((k) => k.kind === "primary"),
        `${table} has a primary key`,
      ).toBe(true);
      for (const key of tableKeys)
        expect(key.columns, `${table}.${key.constraint_name}`).toContain("kab_code");
    }
  });

  it("lists only tables that exist as reference tables", async () => {
    const tables = await queryRows<{ table_name: string }>(
      database.db,
      sql`SELECT tablename AS table_name FROM pg_tables WHERE schemaname = 'public'`,
    );
    const names = tables.map((t) => t.table_name);
    expect(Object.keys(referenceTables).filter((name) => !names.includes(name))).toEqual([]);
  });
});
