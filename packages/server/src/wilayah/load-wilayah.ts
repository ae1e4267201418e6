import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { queryRows, type TDatabase } from "../db/database.ts";

/** The level number and CSV file of each wilayah level in the `idn-area-data` package. */
const sources = [
  { level: 1, file: "provinces.csv", parentColumn: null },
  { level: 2, file: "regencies.csv", parentColumn: "province_code" },
  { level: 3, file: "districts.csv", parentColumn: "regency_code" },
  { level: 4, file: "villages.csv", parentColumn: "district_code" },
] as const;

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("idn-area-data/package.json")), "data");
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** All provinces, kabupaten/kota, kecamatan and desa as one CSV body for COPY. */
export function wilayahCsv(): string {
  const lines: string[] = [];
  for (const source of sources) {
    const records = parse(readFileSync(join(dataDir(), source.file)), {
      columns: true,
      trim: true,
    }) as Record<string, string>[];
    for (const record of records) {
      const parent = source.parentColumn ? (record[source.parentColumn] ?? "") : "";
      lines.push(`${record.code},${parent},${source.level},${csvField(record.name ?? "")}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** How many regions the database holds. */
export async function countWilayah(database: TDatabase): Promise<number> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM wilayah`);
  return row?.n ?? 0;
}

/**
 * Loads every region on first start (one COPY, not row by row). Does nothing when the table already
 * has rows, so a restart or a second server costs one look at the first row (counting the ~91,000
 * rows took about 0.15 s of CPU on the embedded database).
 */
export async function loadWilayah(database: TDatabase): Promise<{ loaded: number }> {
  const [existing] = await queryRows<{ any: boolean }>(
    database.db,
    sql`SELECT EXISTS (SELECT 1 FROM wilayah) AS any`,
  );
  if (existing?.any) return { loaded: 0 };
  const csv = wilayahCsv();
  // COPY's empty unquoted field is NULL, which is what a province's parent should be.
  await database.bulk((session) =>
    session.copyIn("COPY wilayah (code, parent_code, level, name) FROM STDIN WITH (FORMAT csv)", csv),
  );
  return { loaded: await countWilayah(database) };
}
