import {
  allowedNextStatuses,
  IMPORT_REASON,
  latestLocalDate,
  maskNumber,
  parseEnrolmentReason,
  reactivationRefusal,
  type TEnrolmentStatus,
  type TEnrolmentView,
  type TFamilyEnrolments,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { enrolmentColumns, findReactivationRule, type TEnrolmentRow } from "./enrolment-store.ts";

interface TTransitionRow {
  enrolment_id: string;
  from_status: TEnrolmentStatus | null;
  to_status: TEnrolmentStatus;
  tanggal: string;
  alasan: string;
  actor: string | null;
  recorded_at: string;
  job_id: string | null;
}

/**
 * A family's enrolments, open ones first, each with its whole history (who, when, from, to, why) and
 * the states the caller may move it to now. Numbers are masked: the family page shows them in full
 * only through the registry's own audited view.
 */
export async function getFamilyEnrolments(
  db: TDb,
  actor: TActor,
  familyId: string,
  now: Date = new Date(),
): Promise<TFamilyEnrolments> {
  const family = await findFamily(db, actor, familyId);
  const rows = await queryRows<
    TEnrolmentRow & { nama_id: string; nama_en: string; nama_pengurus: string | null }
  >(
    db,
    sql`SELECT ${enrolmentColumns}, p.nama_id, p.nama_en, a.nama AS nama_pengurus
        FROM enrolment e
        JOIN program p ON p.code = e.program_code
        LEFT JOIN anggota a ON a.kab_code = e.kab_code AND a.nik = e.nik_pengurus
        WHERE e.kab_code = ${family.kab_code} AND e.no_kk = ${family.no_kk}
        ORDER BY (e.status IN ('dihentikan', 'graduasi')), e.program_code, e.created_at DESC`,
  );
  if (rows.length === 0) return { items: [] };
  const ids = sql.join(
    rows.map((r) => sql`${r.id}`),
    sql`, `,
  );
  const transitions = await queryRows<TTransitionRow>(
    db,
    sql`SELECT t.enrolment_id, t.from_status, t.to_status, to_char(t.tanggal, 'YYYY-MM-DD') AS tanggal, t.alasan,
               u.full_name AS actor, to_json(t.recorded_at) #>> '{}' AS recorded_at, t.job_id
        FROM enrolment_transition t LEFT JOIN users u ON u.id = t.actor_id
        WHERE t.kab_code = ${family.kab_code} AND t.enrolment_id IN (${ids})
        ORDER BY t.recorded_at, t.tanggal`,
  );
  const mayManage = actor.permissions.includes("enrolment.manage");
  const today = latestLocalDate(now);
  const openPrograms = new Set(
    rows.filter((r) => !["dihentikan", "graduasi"].includes(r.status)).map((r) => r.program_code),
  );
  const items: TEnrolmentView[] = [];
  for (const row of rows) {
    const status = row.status as TEnrolmentStatus;
    let reactivationOpen = false;
    if (mayManage && status === "dihentikan" && !openPrograms.has(row.program_code)) {
      const rule = await findReactivationRule(db, row.program_code, today);
      reactivationOpen = reactivationRefusal(rule, row.sejak, today) === null;
    }
    items.push({
      id: row.id,
      program: { code: row.program_code, namaId: row.nama_id, namaEn: row.nama_en },
      status,
      sejak: row.sejak,
      nikPengurus: maskNumber(row.nik_pengurus),
      namaPengurus: row.nama_pengurus,
      noKks: row.no_kks ? maskNumber(row.no_kks) : null,
      bank: row.bank,
      nextStates: mayManage ? allowedNextStatuses(status, reactivationOpen) : [],
      history: transitions
        .filter((t) => t.enrolment_id === row.id)
        .map((t) => {
          const reason = parseEnrolmentReason(t.alasan);
          return {
            from: t.from_status,
            to: t.to_status,
            tanggal: t.tanggal,
            alasanKode: reason.kode,
            keterangan: reason.keterangan,
            actor: t.actor,
            recordedAt: t.recorded_at,
            fromImport: t.job_id !== null || reason.kode === IMPORT_REASON,
          };
        }),
    });
  }
  return { items };
}
