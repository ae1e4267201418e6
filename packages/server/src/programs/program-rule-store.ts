import {
  ruleInForce,
  stageFirstDay,
  type TPkhIndeks,
  type TRuleVersionView,
  type TStageRef,
  type TTahapCalendar,
  ZPkhBatasKomponen,
  ZPkhIndeks,
  ZTahap,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { programRefusals } from "./program-refusals.ts";

interface TRuleRow {
  program_code: string;
  rule: string;
  berlaku_mulai: string;
  value: Record<string, unknown>;
  note: string | null;
  created_at: string | Date;
}

export function ruleVersionView(row: TRuleRow): TRuleVersionView {
  return {
    programCode: row.program_code,
    rule: row.rule,
    berlakuMulai: row.berlaku_mulai,
    value: row.value,
    note: row.note,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Every version of every rule of the given programmes (all when none given), oldest first. */
export async function loadRuleVersions(
  db: TDb,
  programCodes?: readonly string[],
): Promise<TRuleVersionView[]> {
  const filter =
    programCodes === undefined
      ? sql`TRUE`
      : programCodes.length === 0
        ? sql`FALSE`
        : sql`program_code IN (${sql.join(
            programCodes.map((c) => sql`${c}`),
            sql`, `,
          )})`;
  const rows = await queryRows<TRuleRow>(
    db,
    sql`SELECT program_code, rule, berlaku_mulai::text AS berlaku_mulai, value, note, created_at
        FROM program_rule WHERE ${filter} ORDER BY program_code, rule, berlaku_mulai`,
  );
  return rows.map(ruleVersionView);
}

export interface TPkhStageRules {
  /** The stage's first day: members are counted as they were on it. */
  tanggal: string;
  indeks: TPkhIndeks;
  maks: number;
  jumlahTahap: number;
  calendar: TTahapCalendar;
}

/**
 * The PKH rules for one stage. The calendar is the one in force on 1 January of the year (a year has
 * one calendar); the index and the cap are those in force on the stage's first day, so a new index
 * from July changes stages 3 and 4 only.
 */
export async function pkhRulesForStage(db: TDb, ref: TStageRef): Promise<TPkhStageRules> {
  const versions = await loadRuleVersions(db, ["PKH"]);
  const of = (rule: string) => versions.filter((v) => v.rule === rule);
  const newYear = `${String(ref.tahun).padStart(4, "0")}-01-01`;
  const calendarVersion = ruleInForce(of("tahap"), newYear);
  if (!calendarVersion) throw programRefusals.ruleMissing("tahap", newYear);
  const calendar = ZTahap.parse(calendarVersion.value);
  const tanggal = stageFirstDay(calendar, ref);
  if (!tanggal) throw programRefusals.stageUnknown(ref.tahap, calendar.tahap.length);
  const indeks = ruleInForce(of("pkh_indeks"), tanggal);
  if (!indeks) throw programRefusals.ruleMissing("pkh_indeks", tanggal);
  const batas = ruleInForce(of("pkh_batas_komponen"), tanggal);
  if (!batas) throw programRefusals.ruleMissing("pkh_batas_komponen", tanggal);
  return {
    tanggal,
    indeks: ZPkhIndeks.parse(indeks.value),
    maks: ZPkhBatasKomponen.parse(batas.value).maks,
    jumlahTahap: calendar.tahap.length,
    calendar,
  };
}
