import type { TTransactionListQuery, TTransactionPage } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { pageOfRows } from "../../db/page-of-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { inAgentScope } from "../../scope/agent-scope.ts";
import { requirePermission } from "../../scope/scope.ts";
import { selectTransactions, transactionViewOf } from "./transaction-view.ts";

interface TCursor {
  waktu: string;
  kab: string;
  id: string;
}

function readCursor(text: string | undefined): TCursor | null {
  if (!text) return null;
  try {
    const [waktu, kab, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as string[];
    if (typeof waktu !== "string" || typeof kab !== "string" || typeof id !== "string") return null;
    if (Number.isNaN(Date.parse(waktu))) return null;
    return { waktu, kab, id };
  } catch {
    return null;
  }
}

const writeCursor = (c: TCursor) => Buffer.from(JSON.stringify([c.waktu, c.kab, c.id])).toString("base64url");

/**
 * The transactions of the caller's scope, newest first, in keyset pages: an agent's own login sees only
 * its own shops' (`inAgentScope`), everyone else the agents of its area. Card numbers are masked; each
 * transaction comes with its goods lines and whether each is above the HET.
 */
export async function listTransactions(
  db: TDb,
  actor: TActor,
  query: TTransactionListQuery,
): Promise<TTransactionPage> {
  requirePermission(actor, "transaction.read");
  const filters = [inAgentScope(actor, sql`t.desa_code`, sql`t.id_agen`)];
  if (query.program) filters.push(sql`t.program_code = ${query.program}`);
  if (query.periode) filters.push(sql`t.periode = ${query.periode}`);
  if (query.idAgen) filters.push(sql`t.id_agen = ${query.idAgen}`);
  if (query.desa) filters.push(sql`t.desa_code = ${query.desa}`);
  if (query.cursor !== undefined) {
    const cursor = readCursor(query.cursor);
    // An unreadable cursor ends the list rather than restarting it.
    if (!cursor) return { items: [], nextCursor: null };
    filters.push(
      sql`(t.waktu, t.kab_code, t.id_transaksi) < (${cursor.waktu}::timestamptz, ${cursor.kab}, ${cursor.id})`,
    );
  }
  const rows = await selectTransactions(
    db,
    sql.join(filters, sql` AND `),
    sql`ORDER BY t.waktu DESC, t.kab_code DESC, t.id_transaksi DESC LIMIT ${query.limit + 1}`,
  );
  return pageOfRows(rows, query.limit, transactionViewOf, (last) =>
    writeCursor({ waktu: last.waktu_pos, kab: last.kab_code, id: last.id_transaksi }),
  );
}
