import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { actorCovers } from "../../scope/scope.ts";
import { wilayahNames } from "../../wilayah/get-wilayah.ts";
import type { TRegistryLink } from "./find-registry-link.ts";
import { socialRefusals } from "./social-refusals.ts";

/** The kecamatan and desa a client names must be real regions of those levels (the schema checked the shape). */
export async function requireKnownPlace(db: TDb, kecamatanCode: string, desaCode?: string): Promise<void> {
  const known = await wilayahNames(db, desaCode ? [kecamatanCode, desaCode] : [kecamatanCode]);
  if (known.get(kecamatanCode)?.level !== 3)
    throw socialRefusals.unknownWilayah("kecamatanCode", kecamatanCode);
  if (desaCode) {
    const desa = known.get(desaCode);
    if (desa?.level !== 4 || desa.parent_code !== kecamatanCode) {
      throw socialRefusals.unknownWilayah("desaCode", desaCode);
    }
  }
}

/**
 * A linked entry lives where its member or family does when that desa lies in the entry's kecamatan,
 * so the PSM of that desa sees it; otherwise (a family that moved and is not yet updated) the
 * kecamatan the TKSK named stands alone.
 */
export function defaultDesa(kecamatanCode: string, link: TRegistryLink | null): string | null {
  return link?.desaCode.startsWith(`${kecamatanCode}.`) ? link.desaCode : null;
}

/**
 * The region sent in the body is never trusted: the entry's place (its desa, else its kecamatan) must
 * lie in the caller's scope, the same place every read scopes on.
 */
export function requirePlaceInScope(actor: TActor, kecamatanCode: string, desaCode: string | null): void {
  if (desaCode) {
    if (!actorCovers(actor, [desaCode])) throw socialRefusals.placeOutsideScope("desaCode");
  } else if (!actorCovers(actor, [kecamatanCode])) {
    throw socialRefusals.placeOutsideScope("kecamatanCode");
  }
}
