import type { THetTable } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";

/** The HET table in force today (Jakarta): per commodity and unit, the version with the latest start. */
export async function hetTable(db: TDb, actor: TActor): Promise<THetTable> {
  requirePermission(actor, "transaction.read");
  const rows = await queryRows<{
    komoditas: string;
    satuan: string;
    harga: string | number;
    berlaku_mulai: string;
  }>(
    db,
    sql`WITH d AS (SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date AS today)
        SELECT DISTINCT ON (h.komoditas, h.satuan) h.komoditas, h.satuan, h.harga,
               to_char(h.berlaku_mulai, 'YYYY-MM-DD') AS berlaku_mulai
        FROM harga_eceran_tertinggi h, d
        WHERE h.berlaku_mulai <= d.today
        ORDER BY h.komoditas, h.satuan, h.berlaku_mulai DESC`,
  );
  const [today] = await queryRows<{ today: string }>(
    db,
    sql`SELECT to_char((now() AT TIME ZONE 'Asia/Jakarta')::date, 'YYYY-MM-DD') AS today`,
  );
  return {
    tanggal: today?.today ?? "",
    items: rows.map((r) => ({
      komoditas: r.komoditas,
      satuan: r.satuan,
      harga: Number(r.harga),
      berlakuMulai: r.berlaku_mulai,
    })),
  };
}
