import type { TProgramCreate, TProgramView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { worksInKabupaten } from "../scope/kabupaten-scope.ts";
import { requirePermission } from "../scope/scope.ts";
import { programView, type TProgramRow } from "./list-programs.ts";
import { programRefusals } from "./program-refusals.ts";

/** Adds a local (APBD) programme of a kabupaten the caller works in; its code must be new. */
export async function addProgram(db: TDb, actor: TActor, input: TProgramCreate): Promise<TProgramView> {
  requirePermission(actor, "program.rules");
  const [kab] = await queryRows<{ code: string }>(
    db,
    sql`SELECT code FROM wilayah WHERE code = ${input.kabCode}`,
  );
  if (!kab) throw programRefusals.kabupatenUnknown(input.kabCode);
  // The same rule as who sees it: whoever works in the kabupaten (or above it) may add its programme.
  if (!worksInKabupaten(actor, input.kabCode)) throw programRefusals.kabupatenOutsideScope();
  return db.transaction(async (tx) => {
    const [row] = await queryRows<TProgramRow>(
      tx,
      sql`INSERT INTO program (code, nama_id, nama_en, jenis, kab_code)
          VALUES (${input.code}, ${input.namaId}, ${input.namaEn}, 'lokal', ${input.kabCode})
          ON CONFLICT DO NOTHING
          RETURNING code, nama_id, nama_en, jenis, kab_code, aktif`,
    );
    if (!row) throw programRefusals.codeTaken(input.code);
    await writeAudit(tx, {
      wilayahCode: input.kabCode,
      actorId: actor.userId,
      action: "program.create",
      entityType: "program",
      entityId: input.code,
      data: { namaId: input.namaId, namaEn: input.namaEn, jenis: "lokal", kabCode: input.kabCode },
    });
    return programView(row, []);
  });
}
