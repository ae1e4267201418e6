import type { TPaymentSummary, TPaymentSummaryQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";

/** Per desa of the caller's scope: listed families, the amount, and how many are injected, failed or not yet. */
export async function summarizePaymentList(
  db: TDb,
  actor: TActor,
  query: TPaymentSummaryQuery,
): Promise<TPaymentSummary> {
  requirePermission(actor, "distribution.read");
  const rows = await queryRows<{
    desa_code: string;
    desa_name: string | null;
    kec_code: string | null;
    kec_name: string | null;
    keluarga: number;
    nominal: string | number;
    belum: number;
    terinjek: number;
    gagal: number;
  }>(
    db,
    sql`SELECT x.desa_code, w.name AS desa_name, k.code AS kec_code, k.name AS kec_name, x.keluarga, x.nominal,
               x.belum, x.terinjek, x.gagal
        FROM (
          SELECT d.desa_code, count(*)::int AS keluarga, sum(d.nominal) AS nominal,
                 count(*) FILTER (WHERE d.status_injeksi = 'belum')::int AS belum,
                 count(*) FILTER (WHERE d.status_injeksi = 'terinjek')::int AS terinjek,
                 count(*) FILTER (WHERE d.status_injeksi = 'gagal')::int AS gagal
          FROM daftar_bayar d
          WHERE d.program_code = ${query.program} AND d.periode = ${query.periode} AND ${inScope(actor, sql`d.desa_code`)}
          GROUP BY d.desa_code
        ) x
        LEFT JOIN wilayah w ON w.code = x.desa_code
        LEFT JOIN wilayah k ON k.code = w.parent_code
        ORDER BY k.name, w.name, x.desa_code`,
  );
  return {
    program: query.program,
    periode: query.periode,
    items: rows.map((r) => ({
      desa: regionRefOf(r.desa_code, r.desa_name),
      kecamatan: { code: r.kec_code ?? "", name: r.kec_name ?? "" },
      keluarga: r.keluarga,
      nominal: Number(r.nominal),
      belum: r.belum,
      terinjek: r.terinjek,
      gagal: r.gagal,
    })),
  };
}
