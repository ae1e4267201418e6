import type { TDb } from "../../src/db/database.ts";
import { enrolment } from "../../src/db/schema.ts";
import { kabOf } from "./region.ts";

/** A family's enrolment in a programme written straight in, `aktif` since 1 March 2021 unless told. */
export async function makeEnrolment(
  db: TDb,
  row: { program: string; noKk: string; desa: string; nikPengurus: string; status?: string; sejak?: string },
): Promise<{ id: string }> {
  const [made] = await db
    .insert(enrolment)
    .values({
      kabCode: kabOf(row.desa),
      programCode: row.program,
      noKk: row.noKk,
      desaCode: row.desa,
      nikPengurus: row.nikPengurus,
      status: row.status ?? "aktif",
      sejak: row.sejak ?? "2021-03-01",
    })
    .returning({ id: enrolment.id });
  if (!made) throw new Error("enrolment not created");
  return made;
}
