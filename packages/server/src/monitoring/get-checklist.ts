import type { TAspect6T, TFollowUpStatus, TMonitoringChecklist } from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { aspekOrder } from "./checklist-aspects.ts";
import { checklistSupport } from "./checklist-support.ts";
import { findChecklist } from "./find-checklist.ts";

interface TAspekRow {
  aspek: TAspect6T;
  sesuai: boolean;
  temuan: string | null;
  foto_key: string | null;
  tindak_lanjut: string | null;
  tindak_lanjut_status: TFollowUpStatus | null;
  ditutup_pada: Date | string | null;
  ditutup_oleh: string | null;
  catatan_penutupan: string | null;
}

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** One whole checklist in the caller's scope: the six aspects, their follow-ups, and the hints from the records. */
export async function getChecklist(
  db: TDb,
  actor: TActor,
  monitoringId: string,
): Promise<TMonitoringChecklist> {
  requirePermission(actor, "monitoring.read");
  const found = await findChecklist(db, actor, monitoringId);
  const [head] = await queryRows<{
    agen_nama: string | null;
    desa_name: string | null;
    petugas_nama: string | null;
    created_at: Date | string;
    updated_at: Date | string;
  }>(
    db,
    sql`SELECT a.nama AS agen_nama, w.name AS desa_name, u.full_name AS petugas_nama, m.created_at, m.updated_at
        FROM monitoring_6t m
        LEFT JOIN agen a ON a.kab_code = m.kab_code AND a.id_agen = m.id_agen
        LEFT JOIN wilayah w ON w.code = m.desa_code
        LEFT JOIN users u ON u.id = m.petugas_id
        WHERE m.kab_code = ${found.kab_code} AND m.id = ${found.id}`,
  );
  const aspek = await queryRows<TAspekRow>(
    db,
    sql`SELECT x.aspek, x.sesuai, x.temuan, x.foto_key, x.tindak_lanjut, x.tindak_lanjut_status, x.ditutup_pada,
               u.full_name AS ditutup_oleh, x.catatan_penutupan
        FROM monitoring_6t_aspek x
        LEFT JOIN users u ON u.id = x.ditutup_oleh
        WHERE x.kab_code = ${found.kab_code} AND x.monitoring_id = ${found.id}
        ORDER BY array_position(${aspekOrder}, x.aspek)`,
  );
  return {
    id: found.id,
    program: found.program_code,
    periode: found.periode,
    agen: {
      idAgen: found.id_agen,
      nama: head?.agen_nama ?? found.id_agen,
      desa: { code: found.desa_code, name: head?.desa_name ?? found.desa_code },
    },
    tanggal: found.tanggal,
    skor: Number(found.skor),
    catatan: found.catatan,
    petugas: { id: found.petugas_id, nama: head?.petugas_nama ?? null },
    createdAt: iso(head?.created_at ?? null) ?? "",
    updatedAt: iso(head?.updated_at ?? null) ?? "",
    terbuka: !aspek.some((a) => a.tindak_lanjut_status === "selesai"),
    aspek: aspek.map((a) => ({
      aspek: a.aspek,
      sesuai: a.sesuai,
      temuan: a.temuan,
      adaFoto: a.foto_key !== null,
      tindakLanjut: a.tindak_lanjut,
      status: a.tindak_lanjut_status,
      ditutupPada: iso(a.ditutup_pada),
      ditutupOleh: a.ditutup_oleh,
      catatanPenutupan: a.catatan_penutupan,
    })),
    pendukung: await checklistSupport(db, found),
  };
}
