import {
  maskNumber,
  type TInjectionStatus,
  type TPaymentListPage,
  type TPaymentListQuery,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import { pageOfRows } from "../../db/page-of-rows.ts";
import type { TActor } from "../../scope/actor.ts";
import { findDesaInScope } from "../../scope/find-region.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";

/**
 * One desa's payment list for a period, in keyset pages by the row id: the families (masked No. KK and
 * No. KKS, the card holder's name), the amount and the injection status. A desa outside the scope is 404.
 */
export async function listPaymentDesa(
  db: TDb,
  actor: TActor,
  query: TPaymentListQuery,
): Promise<TPaymentListPage> {
  requirePermission(actor, "distribution.read");
  const desa = await findDesaInScope(db, actor, query.desa);
  const after = query.cursor ? sql`AND d.id > ${query.cursor}::uuid` : sql``;
  const rows = await queryRows<{
    id: string;
    family_id: string | null;
    no_kk: string;
    no_kks: string;
    pengurus: string | null;
    nominal: string | number;
    bank: string;
    tahap: number | null;
    status_injeksi: TInjectionStatus;
    terinjek_pada: string | null;
  }>(
    db,
    sql`SELECT d.id, k.id AS family_id, d.no_kk, d.no_kks, a.nama AS pengurus, d.nominal, d.bank, d.tahap,
               d.status_injeksi, to_char(d.terinjek_pada, 'YYYY-MM-DD') AS terinjek_pada
        FROM daftar_bayar d
        LEFT JOIN keluarga k ON k.kab_code = d.kab_code AND k.no_kk = d.no_kk
        LEFT JOIN anggota a ON a.kab_code = d.kab_code AND a.nik = d.nik_pengurus
        WHERE d.program_code = ${query.program} AND d.periode = ${query.periode} AND d.desa_code = ${desa.code}
          AND ${inScope(actor, sql`d.desa_code`)} ${after}
        ORDER BY d.id
        LIMIT ${query.limit + 1}`,
  );
  const toItem = (r: (typeof rows)[number]) => ({
    id: r.id,
    familyId: r.family_id,
    noKk: maskNumber(r.no_kk),
    noKks: maskNumber(r.no_kks),
    pengurus: r.pengurus,
    nominal: Number(r.nominal),
    bank: r.bank,
    tahap: r.tahap,
    statusInjeksi: r.status_injeksi,
    terinjekPada: r.terinjek_pada,
  });
  return { desa, ...pageOfRows(rows, query.limit, toItem, (_, last) => last.id) };
}
