import { AppError, AppErrorCode, type TFieldError } from "@kawal/core";
import type { TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { actorCovers } from "../scope/scope.ts";
import { wilayahNames } from "../wilayah/get-wilayah.ts";
import { outsideMessage, refuseOutsideScope } from "./caseload-refusals.ts";

/** Desa codes must name real desa inside the manager's scope; each one at fault is named. */
export async function checkDesaCodes(
  db: TDb,
  actor: TActor,
  codes: readonly string[],
  fieldOf: (index: number) => string,
): Promise<void> {
  const known = await wilayahNames(db, codes);
  const unknown: TFieldError[] = [];
  const outside: TFieldError[] = [];
  codes.forEach((code, index) => {
    if (known.get(code)?.level !== 4) {
      unknown.push({
        field: fieldOf(index),
        message: { id: `desa ${code} tidak dikenal`, en: `unknown desa ${code}` },
      });
    } else if (!actorCovers(actor, [code])) {
      outside.push({ field: fieldOf(index), message: outsideMessage(`Desa ${code}`) });
    }
  });
  if (unknown.length > 0) throw new AppError(AppErrorCode.VALIDATION, "unknown desa", { fields: unknown });
  if (outside.length > 0) throw refuseOutsideScope(outside);
}
