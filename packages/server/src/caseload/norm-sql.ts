import { NATIONAL_SCOPE } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";

/** The kabupaten part of a region code in SQL (`35.17.18.2001` → `35.17`), as core `kabupatenCodeOf`. */
function kabOf(code: SQL): SQL {
  return sql`(split_part(${code}, '.', 1) || '.' || split_part(${code}, '.', 2))`;
}

/**
 * A user's kabupaten: the one kabupaten that all its scope codes lie in (a companion of two desa of
 * `35.17` belongs to `35.17`). Null for a user scoped to a province, the country, several kabupaten or
 * nothing: such a user is held to the national norm.
 */
export function userKabupaten(userId: SQL): SQL {
  const kab = kabOf(sql`s.wilayah_code`);
  return sql`(SELECT CASE WHEN count(*) > 0 AND bool_and(s.wilayah_code LIKE '%.%') AND min(${kab}) = max(${kab})
                          THEN min(${kab}) END
             FROM user_scope s WHERE s.user_id = ${userId})`;
}

/**
 * Joins, for each row of `users u` with its kabupaten in `kab`, the norm that applies: the kabupaten's
 * own (`nk`) when it set one, else the national default (`nn`).
 */
export function normJoins(kab: SQL): SQL {
  return sql`LEFT JOIN caseload_norm nk ON nk.wilayah_code = ${kab} AND nk.role = u.role
             LEFT JOIN caseload_norm nn ON nn.wilayah_code = ${NATIONAL_SCOPE} AND nn.role = u.role`;
}
