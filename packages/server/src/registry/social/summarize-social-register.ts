import {
  latestLocalDate,
  type TSocialSummary,
  type TSocialSummaryQuery,
  type TSocialSummaryRow,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";
import { registerConditions } from "./social-filter.ts";
import { categoryNameOn } from "./social-views.ts";

/**
 * Counts per kecamatan and category of the entries in the caller's scope, active and finished: one
 * GROUP BY, names joined onto the groups only. It counts exactly what the list would show.
 */
export async function summarizeSocialRegister(
  db: TDb,
  actor: TActor,
  query: TSocialSummaryQuery,
  now: Date = new Date(),
): Promise<TSocialSummary> {
  requirePermission(actor, "social.read");
  const conditions = registerConditions(actor, query);
  const rows = await queryRows<{
    kecamatan_code: string;
    kecamatan_name: string | null;
    register: TSocialSummaryRow["register"];
    kategori_kode: number;
    kategori_nama: string | null;
    aktif: number;
    selesai: number;
  }>(
    db,
    sql`WITH groups AS (
          SELECT s.kecamatan_code, s.register, s.kategori_kode,
                 count(*) FILTER (WHERE s.status = 'aktif')::int AS aktif,
                 count(*) FILTER (WHERE s.status = 'selesai')::int AS selesai
          FROM social_register s
          WHERE ${sql.join(conditions, sql` AND `)}
          GROUP BY s.kecamatan_code, s.register, s.kategori_kode
        )
        SELECT s.kecamatan_code, w.name AS kecamatan_name, s.register, s.kategori_kode,
               ${categoryNameOn(latestLocalDate(now))} AS kategori_nama, s.aktif, s.selesai
        FROM groups s LEFT JOIN wilayah w ON w.code = s.kecamatan_code
        ORDER BY s.kecamatan_code, s.register, s.kategori_kode`,
  );
  return {
    items: rows.map((r) => ({
      kecamatan: regionRefOf(r.kecamatan_code, r.kecamatan_name),
      register: r.register,
      kategori: { kode: r.kategori_kode, nama: r.kategori_nama },
      aktif: r.aktif,
      selesai: r.selesai,
    })),
  };
}
