import { sql } from "drizzle-orm";
import { loadActor } from "../auth/load-actor.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { proposeUsulan } from "../registry/usulan/propose-usulan.ts";
import { DEMO_KECAMATAN } from "./demo-users.ts";

/**
 * Work waiting for review in the demo: three removal proposals filed by the TKSK (awaiting the
 * musdes). Likely duplicates are left to a scan from the Data ganda page: on the embedded database a
 * scan of the kecamatan takes far longer than a first start may.
 */
export async function loadDemoReviews(db: TDb): Promise<{ proposals: number }> {
  const [tksk] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM users WHERE username = 'tksk' AND is_demo`,
  );
  const actor = tksk ? await loadActor(db, tksk.id) : undefined;
  if (!actor) return { proposals: 0 };
  // The same three families every time: the first by No. KK in three desa.
  const families = await queryRows<{ id: string; desa_code: string }>(
    db,
    sql`SELECT DISTINCT ON (desa_code) id, desa_code FROM keluarga
        WHERE desa_code IN (${`${DEMO_KECAMATAN}.2001`}, ${`${DEMO_KECAMATAN}.2004`}, ${`${DEMO_KECAMATAN}.2007`})
        ORDER BY desa_code, no_kk`,
  );
  const reasons = ["mampu", "pindah", "meninggal"] as const;
  for (const [i, family] of families.entries()) {
    await proposeUsulan(db, actor, {
      kind: "hapus",
      reason: reasons[i % reasons.length],
      desaCode: family.desa_code,
      familyId: family.id,
      data: {},
      note: "Usulan contoh data demo / demo proposal",
    });
  }
  return { proposals: families.length };
}
