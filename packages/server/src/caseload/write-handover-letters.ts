import { AppError, AppErrorCode } from "@kawal/core";
import { sql } from "drizzle-orm";
import PDFDocument from "pdfkit";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { findHandover } from "./find-handover.ts";
import { type TLetterFamily, writeLetterPage } from "./handover-letter-pages.ts";

/**
 * The invitation letters of a handover, one A4 page per family moved, in Bahasa Indonesia. The letters
 * print names and addresses, so producing them is audited like any sensitive read. The document is
 * returned as a stream and written page by page, yielding between pages so the reply starts at once.
 */
export async function writeHandoverLetters(
  db: TDb,
  actor: TActor,
  handoverId: string,
): Promise<{ fileName: string; pages: number; stream: NodeJS.ReadableStream }> {
  requirePermission(actor, "caseload.read");
  const handover = await findHandover(db, actor, handoverId);
  const families = await queryRows<TLetterFamily>(
    db,
    sql`SELECT (SELECT a.nama FROM anggota a
                WHERE a.kab_code = hf.kab_code AND a.no_kk = hf.no_kk AND a.hubungan = 'kepala'
                ORDER BY (a.status = 'aktif') DESC LIMIT 1) AS head,
               k.alamat, k.rt, k.rw, coalesce(d.name, hf.desa_code) AS desa, kc.name AS kecamatan, kb.name AS kabupaten
        FROM handover_family hf
        LEFT JOIN keluarga k ON k.kab_code = hf.kab_code AND k.no_kk = hf.no_kk
        LEFT JOIN wilayah d ON d.code = hf.desa_code
        LEFT JOIN wilayah kc ON kc.code = d.parent_code
        LEFT JOIN wilayah kb ON kb.code = kc.parent_code
        WHERE hf.kab_code = ${handover.kabCode} AND hf.handover_id = ${handover.id}
        ORDER BY d.name, head, hf.no_kk`,
  );
  if (families.length === 0) {
    throw new AppError(
      AppErrorCode.CONFLICT,
      "this handover moved no families: there are no letters to print",
    );
  }
  await db.transaction(async (tx) => {
    await writeAudit(tx, {
      wilayahCode: handover.kabCode,
      actorId: actor.userId,
      action: "handover.letters",
      entityType: "handover",
      entityId: handover.id,
      data: { families: families.length },
    });
  });
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Title: "Surat pemberitahuan pendamping baru", Author: "Kawal" },
  });
  const common = {
    successor: handover.ke.fullName,
    successorRole: handover.ke.role,
    predecessor: handover.dari.fullName,
    tanggal: handover.tanggal,
    // The users table keeps no phone number: the letter leaves a line to write it in.
    phone: null,
  };
  void (async () => {
    for (const [index, family] of families.entries()) {
      writeLetterPage(doc, family, common);
      if (index % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
    }
    doc.end();
  })();
  return { fileName: `surat-pendamping-baru-${handover.tanggal}.pdf`, pages: families.length, stream: doc };
}
