import { ruleSchemas, type TProgramRuleCreate, type TRuleName, type TRuleVersionView } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { issueFields } from "../http/issue-message.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { findProgram } from "./list-program-rules.ts";
import { programRefusals } from "./program-refusals.ts";
import { ruleVersionView } from "./program-rule-store.ts";

/** Which rules belong to which programme: PKH's index, cap and stages; Sembako's monthly amount. */
const rulesOf: Partial<Record<string, readonly TRuleName[]>> = {
  PKH: ["pkh_indeks", "pkh_batas_komponen", "tahap"],
  SEMBAKO: ["sembako_nominal"],
};

/**
 * Adds a version of a programme's rule from a date. The value must pass the rule's own schema; a
 * version on a date that already has one is refused (history is never rewritten). A version may be
 * dated before the latest one: it then governs only the days up to the next version, which is how a
 * late regulation is recorded, and nothing already stored is changed by it.
 */
export async function addProgramRule(
  db: TDb,
  actor: TActor,
  programCode: string,
  input: TProgramRuleCreate,
): Promise<TRuleVersionView> {
  requirePermission(actor, "program.rules");
  const program = await findProgram(db, actor, programCode);
  if (!(rulesOf[program.code] ?? []).includes(input.rule)) {
    throw programRefusals.ruleNotOfProgram(input.rule, program.code);
  }
  const parsed = ruleSchemas[input.rule].safeParse(input.value);
  if (!parsed.success) {
    throw programRefusals.valueInvalid(issueFields(parsed.error.issues, ["value"]));
  }
  return db.transaction(async (tx) => {
    const [row] = await queryRows<Parameters<typeof ruleVersionView>[0]>(
      tx,
      sql`INSERT INTO program_rule (program_code, rule, berlaku_mulai, value, note, created_by)
          VALUES (${program.code}, ${input.rule}, ${input.berlakuMulai}::date, ${JSON.stringify(parsed.data)}::jsonb,
                  ${input.note ?? null}, ${actor.userId})
          ON CONFLICT DO NOTHING
          RETURNING program_code, rule, berlaku_mulai::text AS berlaku_mulai, value, note, created_at`,
    );
    if (!row) throw programRefusals.versionExists(input.berlakuMulai);
    // National reference data, or a local programme's kabupaten.
    await writeAudit(tx, {
      wilayahCode: program.kab_code,
      actorId: actor.userId,
      action: "program.rule_version",
      entityType: "program_rule",
      entityId: `${program.code}:${input.rule}:${input.berlakuMulai}`,
      data: { value: parsed.data, note: input.note ?? null },
    });
    return ruleVersionView(row);
  });
}
