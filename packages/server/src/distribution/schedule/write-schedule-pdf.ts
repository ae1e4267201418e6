import { sql } from "drizzle-orm";
import PDFDocument from "pdfkit";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findSchedule } from "./find-schedule.ts";
import { writeSchedulePages } from "./schedule-pdf-pages.ts";
import { scheduleFamilies } from "./schedule-sql.ts";

/**
 * A day's printable schedule. It prints names and (masked) card numbers, so producing it is audited
 * like any sensitive read. The document streams out as pdfkit writes it.
 */
export async function writeSchedulePdf(
  db: TDb,
  actor: TActor,
  scheduleId: string,
): Promise<{ fileName: string; stream: NodeJS.ReadableStream }> {
  requirePermission(actor, "schedule.read");
  const day = await findSchedule(db, actor, scheduleId);
  const families = await scheduleFamilies(db, day);
  const [place] = await queryRows<{ kecamatan: string | null; kabupaten: string | null }>(
    db,
    sql`SELECT kc.name AS kecamatan, kb.name AS kabupaten
        FROM wilayah d
        LEFT JOIN wilayah kc ON kc.code = d.parent_code
        LEFT JOIN wilayah kb ON kb.code = kc.parent_code
        WHERE d.code = ${day.desa.code}`,
  );
  await db.transaction(async (tx) => {
    await writeAudit(tx, {
      wilayahCode: day.desa.code,
      actorId: actor.userId,
      action: "schedule.print",
      entityType: "jadwal_penyaluran",
      entityId: day.id,
      data: { families: families.length },
    });
  });
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: `Jadwal penyaluran ${day.agen.nama} ${day.tanggal}`, Author: "Kawal" },
  });
  writeSchedulePages(doc, day, families, place ?? { kecamatan: null, kabupaten: null });
  doc.end();
  const slug = day.agen.idAgen.replace(/[^A-Za-z0-9_-]/g, "-");
  return { fileName: `jadwal-${slug}-${day.tanggal}.pdf`, stream: doc };
}
