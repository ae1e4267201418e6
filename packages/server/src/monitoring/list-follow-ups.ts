import type { TAspect6T, TFollowUpItem, TFollowUpQuery, TFollowUpStatus } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { inAgentScope } from "../scope/agent-scope.ts";
import { requirePermission } from "../scope/scope.ts";
import { regionRefOf } from "../wilayah/wilayah-views.ts";
import { aspekOrder } from "./checklist-aspects.ts";

/** The follow-ups of the caller's scope in one status, oldest checklist first (the longest waiting on top). */
export async function listFollowUps(
  db: TDb,
  actor: TActor,
  query: TFollowUpQuery,
): Promise<{ items: TFollowUpItem[] }> {
  requirePermission(actor, "monitoring.read");
  const rows = await queryRows<{
    id: string;
    program_code: string;
    periode: string;
    id_agen: string;
    nama: string | null;
    desa_code: string;
    desa_name: string | null;
    tanggal: string;
    aspek: TAspect6T;
    temuan: string | null;
    tindak_lanjut: string;
    tindak_lanjut_status: TFollowUpStatus;
    ditutup_pada: Date | string | null;
  }>(
    db,
    sql`SELECT m.id, m.program_code, m.periode, m.id_agen, a.nama, m.desa_code, w.name AS desa_name,
               m.tanggal::text AS tanggal, x.aspek, x.temuan, x.tindak_lanjut, x.tindak_lanjut_status, x.ditutup_pada
        FROM monitoring_6t_aspek x
        JOIN monitoring_6t m ON m.kab_code = x.kab_code AND m.id = x.monitoring_id
        LEFT JOIN agen a ON a.kab_code = m.kab_code AND a.id_agen = m.id_agen
        LEFT JOIN wilayah w ON w.code = m.desa_code
        WHERE x.tindak_lanjut_status = ${query.status}
          AND ${inAgentScope(actor, sql`m.desa_code`, sql`m.id_agen`)}
        ORDER BY m.tanggal, m.created_at, m.id, array_position(${aspekOrder}, x.aspek)
        LIMIT 500`,
  );
  return {
    items: rows.map((r) => ({
      monitoringId: r.id,
      program: r.program_code,
      periode: r.periode,
      agen: {
        idAgen: r.id_agen,
        nama: r.nama ?? r.id_agen,
        desa: regionRefOf(r.desa_code, r.desa_name),
      },
      tanggal: r.tanggal,
      aspek: r.aspek,
      temuan: r.temuan,
      tindakLanjut: r.tindak_lanjut,
      status: r.tindak_lanjut_status,
      ditutupPada: r.ditutup_pada === null ? null : new Date(r.ditutup_pada).toISOString(),
    })),
  };
}
