import { latestLocalDate, type TCardStatus, type THolderKind } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows } from "../src/db/database.ts";
import type { TTestApp } from "./test-app.ts";

let serial = 0;
/** A fresh 16-digit card number for each call (per process). */
export function nextNoKks(): string {
  serial += 1;
  return `6019${String(process.pid % 1000).padStart(3, "0")}${String(serial).padStart(9, "0")}`;
}

/** `YYYY-MM-DD`, `days` before the server's today (the latest date begun anywhere in Indonesia). */
export const daysAgo = (days: number) => latestLocalDate(new Date(Date.now() - days * 86_400_000));

/**
 * A card written straight into a state, with the holder that state implies and one event, so a test
 * can start from any state of the table without walking the whole way there.
 */
export async function insertCard(
  t: TTestApp,
  family: { noKk: string },
  desa: string,
  status: TCardStatus,
  holder: { jenis: THolderKind; nama?: string | null; userId?: string | null },
  since: string = daysAgo(30),
): Promise<{ id: string; noKks: string }> {
  const noKks = nextNoKks();
  const [row] = await queryRows<{ id: string }>(
    t.database.db,
    sql`INSERT INTO kartu_kks (kab_code, no_kks, no_kk, desa_code, bank, status, pemegang_jenis, pemegang_user_id,
                               pemegang_nama, pemegang_sejak)
        VALUES ('35.17', ${noKks}, ${family.noKk}, ${desa}, 'BNI', ${status}, ${holder.jenis}, ${holder.userId ?? null},
                ${holder.nama ?? null}, (${since}::date)::timestamp AT TIME ZONE 'UTC')
        RETURNING id`,
  );
  await t.database.db.execute(
    sql`INSERT INTO kartu_kks_event (kab_code, no_kks, status, pemegang_jenis, pemegang_user_id, pemegang_nama, tanggal, actor_id)
        VALUES ('35.17', ${noKks}, ${status}, ${holder.jenis}, ${holder.userId ?? null}, ${holder.nama ?? null}, ${since},
                '00000000-0000-0000-0000-000000000000')`,
  );
  return { id: row?.id ?? "", noKks };
}
