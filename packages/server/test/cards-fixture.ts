import { latestLocalDate, type TCardStatus, type THolderKind } from "@kawal/core";
import { makeCard, makeCardEvent } from "./factories/index.ts";
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
  const db = t.database.db;
  const { id } = await makeCard(db, {
    noKks,
    noKk: family.noKk,
    desa,
    status,
    holder,
    since: new Date(`${since}T00:00:00Z`),
  });
  await makeCardEvent(db, { desa, noKks, status, holder, tanggal: since });
  return { id, noKks };
}
