import type { TRealisasiQuery, TRealisasiReport, TRealisasiRow } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { kabFilter, resolveArea } from "../../scope/request-area.ts";
import { requirePermission } from "../../scope/scope.ts";
import { regionRefOf } from "../../wilayah/wilayah-views.ts";
import { addFigures, emptyClassCounts } from "./class-counts.ts";

interface TDesaLine {
  desa_code: string;
  desa_name: string | null;
  kec_code: string | null;
  kec_name: string | null;
  kuota: number;
  tersalur: number;
  sebagian: number;
  belum: number;
  tidak_terdaftar: number;
  nominal_daftar: string | number;
  nominal_realisasi: string | number;
  computed_at: Date | string | null;
}

/** realisasi / kuota × 100 with one decimal; 0 for a desa with no quota. */
export function persenOf(realisasi: number, kuota: number): number {
  return kuota === 0 ? 0 : Math.round((realisasi * 1000) / kuota) / 10;
}

/**
 * The headline table of distribution (docs/domain.md, Reconciliation; docs/formats.md): quota vs realised per
 * desa of the caller's scope (or a region of it), from the stored reconciliation. Amounts are the
 * listed families'; unlisted cards are counted apart (`tidakTerdaftar`).
 */
export async function getRealisasi(
  db: TDb,
  actor: TActor,
  query: TRealisasiQuery,
): Promise<TRealisasiReport> {
  requirePermission(actor, "distribution.read");
  const area = await resolveArea(db, actor, query.wilayah);
  const lines = await queryRows<TDesaLine>(
    db,
    sql`WITH per_desa AS (
          SELECT r.desa_code,
                 count(*) FILTER (WHERE r.kelas <> 'tidak_terdaftar')::int AS kuota,
                 count(*) FILTER (WHERE r.kelas = 'tersalur')::int AS tersalur,
                 count(*) FILTER (WHERE r.kelas = 'sebagian')::int AS sebagian,
                 count(*) FILTER (WHERE r.kelas = 'belum')::int AS belum,
                 count(*) FILTER (WHERE r.kelas = 'tidak_terdaftar')::int AS tidak_terdaftar,
                 coalesce(sum(r.nominal_daftar) FILTER (WHERE r.kelas <> 'tidak_terdaftar'), 0)::bigint AS nominal_daftar,
                 coalesce(sum(r.nominal_realisasi) FILTER (WHERE r.kelas <> 'tidak_terdaftar'), 0)::bigint AS nominal_realisasi,
                 max(r.computed_at) AS computed_at
          FROM rekonsiliasi r
          WHERE r.program_code = ${query.program} AND r.periode = ${query.periode}
            AND ${area.where(sql`r.desa_code`)}${kabFilter(area, sql`r.kab_code`)}
          GROUP BY r.desa_code
        )
        SELECT p.*, d.name AS desa_name, kc.code AS kec_code, kc.name AS kec_name
        FROM per_desa p
        LEFT JOIN wilayah d ON d.code = p.desa_code
        LEFT JOIN wilayah kc ON kc.code = d.parent_code
        ORDER BY kc.name, d.name, p.desa_code`,
  );
  const rows: TRealisasiRow[] = lines.map((l) => {
    const realisasi = l.tersalur + l.sebagian;
    const kecCode = l.kec_code ?? l.desa_code.split(".").slice(0, 3).join(".");
    return {
      desa: regionRefOf(l.desa_code, l.desa_name),
      kecamatan: { code: kecCode, name: l.kec_name ?? kecCode },
      kuota: l.kuota,
      realisasi,
      persen: persenOf(realisasi, l.kuota),
      tersalur: l.tersalur,
      sebagian: l.sebagian,
      belum: l.belum,
      tidakTerdaftar: l.tidak_terdaftar,
      nominalDaftar: Number(l.nominal_daftar),
      nominalRealisasi: Number(l.nominal_realisasi),
    };
  });
  const total = { kuota: 0, realisasi: 0, persen: 0, ...emptyClassCounts() };
  for (const r of rows) addFigures(total, r);
  // The summed percentages mean nothing: the total's is taken over the summed figures.
  total.persen = persenOf(total.realisasi, total.kuota);
  const times = lines
    .map((l) => (l.computed_at === null ? null : new Date(l.computed_at).getTime()))
    .filter((t): t is number => t !== null);
  return {
    program: query.program,
    periode: query.periode,
    computedAt: times.length === 0 ? null : new Date(Math.max(...times)).toISOString(),
    rows,
    total,
  };
}
