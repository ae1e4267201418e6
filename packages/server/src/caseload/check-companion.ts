import { isCompanionRole, type TCompanionRole } from "@kawal/core";
import { refuse } from "./caseload-refusals.ts";
import type { TCompanionRow } from "./find-companion.ts";

/** An assignment goes to an enabled companion, and families only to a PKH companion. */
export function checkAssignable(
  user: TCompanionRow,
  field: string,
  options: { onlyRole?: TCompanionRole; allowDisabled?: boolean } = {},
): asserts user is TCompanionRow & { role: TCompanionRole } {
  if (!isCompanionRole(user.role)) {
    throw refuse(
      field,
      "pengguna ini bukan pendamping (TKSK, pendamping PKH atau PSM)",
      "this user is not a companion (TKSK, PKH companion or PSM)",
    );
  }
  if (options.onlyRole && user.role !== options.onlyRole) {
    throw refuse(
      field,
      "keluarga PKH hanya dapat ditugaskan kepada pendamping PKH",
      "PKH families can only be assigned to a PKH companion",
    );
  }
  if (user.disabled && !options.allowDisabled)
    throw refuse(field, "akun pendamping ini dinonaktifkan", "this companion's account is disabled");
}
