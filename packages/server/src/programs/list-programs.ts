import { latestLocalDate, ruleInForce, type TProgramList, type TProgramView } from "@kawal/core";
import { type SQL, sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { kabupatenInScope } from "../scope/kabupaten-scope.ts";
import { requirePermission } from "../scope/scope.ts";
import { loadRuleVersions } from "./program-rule-store.ts";

export interface TProgramRow {
  code: string;
  nama_id: string;
  nama_en: string;
  jenis: string;
  kab_code: string | null;
  aktif: boolean;
}

/**
 * Which programmes an actor sees: every national one, and the local (APBD) programmes of the kabupaten
 * their scope lies in (a TKSK of one kecamatan sees their kabupaten's own programmes).
 */
export function programVisibility(actor: TActor): SQL {
  return sql`(jenis = 'nasional' OR ${kabupatenInScope(actor, sql`kab_code`)})`;
}

export function programView(row: TProgramRow, rules: TProgramView["rules"]): TProgramView {
  return {
    code: row.code,
    namaId: row.nama_id,
    namaEn: row.nama_en,
    jenis: row.jenis === "lokal" ? "lokal" : "nasional",
    kabCode: row.kab_code,
    aktif: row.aktif,
    rules,
  };
}

/** The catalogue, each programme with its rules in force today (Indonesian time). */
export async function listPrograms(db: TDb, actor: TActor, now: Date = new Date()): Promise<TProgramList> {
  requirePermission(actor, "program.read");
  const on = latestLocalDate(now);
  const rows = await queryRows<TProgramRow>(
    db,
    sql`SELECT code, nama_id, nama_en, jenis, kab_code, aktif FROM program
        WHERE ${programVisibility(actor)} ORDER BY jenis DESC, code`,
  );
  const versions = await loadRuleVersions(
    db,
    rows.map((r) => r.code),
  );
  const items = rows.map((row) => {
    const own = versions.filter((v) => v.programCode === row.code);
    const rules = [...new Set(own.map((v) => v.rule))].flatMap((rule) => {
      const inForce = ruleInForce(
        own.filter((v) => v.rule === rule),
        on,
      );
      return inForce ? [inForce] : [];
    });
    return programView(row, rules);
  });
  // Programmes with amount rules first (they are what this page is read for), then by code.
  items.sort((a, b) => Number(b.rules.length > 0) - Number(a.rules.length > 0));
  return { on, items };
}
