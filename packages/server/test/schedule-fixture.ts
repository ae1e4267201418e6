import type { TAidFamily } from "./aid-fixture.ts";
import { listOnPaymentList } from "./factories/index.ts";
import type { TTestApp } from "./test-app.ts";

/** Puts a family on a period's payment list, its head as the card holder. */
export async function listFamily(
  t: TTestApp,
  family: TAidFamily,
  desa: string,
  periode: string,
  options: { nominal?: number; program?: string } = {},
): Promise<void> {
  await listOnPaymentList(t.database.db, {
    ...options,
    periode,
    noKk: family.noKk,
    desa,
    nikPengurus: family.nik,
    noKks: `5264${family.noKk.slice(-12)}`,
  });
}
