import { AppError, AppErrorCode, NATIONAL_SCOPE, type TFieldError } from "@kawal/core";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { actorCovers } from "../scope/scope.ts";
import { wilayahNames } from "../wilayah/get-wilayah.ts";

/**
 * The scopes given to a user must name real regions and lie inside the granting actor's own scope:
 * an administrator of one kabupaten cannot hand out another's.
 */
export async function checkGrantedScopes(db: TDb, actor: TActor, scopes: readonly string[]): Promise<void> {
  const known = await wilayahNames(db, scopes);
  const fields: TFieldError[] = [];
  scopes.forEach((code, index) => {
    if (code !== NATIONAL_SCOPE && !known.has(code)) {
      fields.push({
        field: `scopes.${index}`,
        message: { id: `kode wilayah ${code} tidak dikenal`, en: `unknown region code ${code}` },
      });
    }
  });
  if (fields.length > 0) throw new AppError(AppErrorCode.VALIDATION, "unknown scope", { fields });
  const outside = scopes.filter((code) => !actorCovers(actor, [code]));
  if (outside.length > 0) {
    throw new AppError(AppErrorCode.SCOPE_NOT_ALLOWED, `outside actor scope: ${outside.join(", ")}`, {
      fields: outside.map((code) => ({
        field: `scopes.${scopes.indexOf(code)}`,
        message: { id: `${code} di luar wilayah Anda`, en: `${code} is outside your area` },
      })),
    });
  }
}
