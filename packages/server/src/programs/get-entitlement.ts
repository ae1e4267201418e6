import {
  latestLocalDate,
  maskNumber,
  pkhEntitlement,
  stageOf,
  type TFamilyEntitlement,
  type TStageRef,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import { findFamily } from "../registry/find-family.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { membersOnDateSql } from "./pkh-member-state-sql.ts";
import { pkhRulesForStage } from "./program-rule-store.ts";

interface TMemberOnDateRow {
  nik: string;
  nama: string;
  tanggal_lahir: string;
  pendidikan: string | null;
  hamil: boolean | null;
  disabilitas: boolean | null;
  aktif: boolean;
}

/**
 * A family's PKH entitlement for one stage, explained: its members as they were on the stage's first
 * day (the same SQL the stage computation uses), the core rule over them, whether the family has an
 * active PKH enrolment now, and the figure the last stage computation stored. Without a stage, the
 * current one (today in Indonesia).
 */
export async function getEntitlement(
  db: TDb,
  actor: TActor,
  familyId: string,
  query: Partial<TStageRef>,
  now: Date = new Date(),
): Promise<TFamilyEntitlement> {
  requirePermission(actor, "program.read");
  const family = await findFamily(db, actor, familyId);
  const today = latestLocalDate(now);
  const tahun = query.tahun ?? Number(today.slice(0, 4));
  let tahap = query.tahap;
  if (tahap === undefined) {
    const { calendar } = await pkhRulesForStage(db, { tahun, tahap: 1 });
    tahap = tahun === Number(today.slice(0, 4)) ? stageOf(calendar, today).tahap : 1;
  }
  const rules = await pkhRulesForStage(db, { tahun, tahap });
  const members = await queryRows<TMemberOnDateRow>(
    db,
    membersOnDateSql(
      rules.tanggal,
      sql`SELECT ${family.kab_code}::text AS kab_code, ${family.no_kk}::text AS no_kk`,
    ),
  );
  const result = pkhEntitlement({
    members: members.map((m) => ({
      nik: m.nik,
      tanggalLahir: m.tanggal_lahir,
      pendidikan: m.pendidikan,
      hamil: m.hamil,
      disabilitas: m.disabilitas,
      aktif: m.aktif,
    })),
    tanggal: rules.tanggal,
    indeks: rules.indeks,
    maks: rules.maks,
    stages: rules.jumlahTahap,
  });
  const names = new Map(members.map((m) => [m.nik, m.nama]));
  const [enrolled] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM enrolment
        WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} AND program_code = 'PKH' AND status = 'aktif'`,
  );
  const [stored] = await queryRows<{ nominal: string | number; computed_at: string | Date }>(
    db,
    sql`SELECT nominal, computed_at FROM pkh_entitlement
        WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk} AND tahun = ${tahun} AND tahap = ${tahap}`,
  );
  return {
    tahun,
    tahap,
    jumlahTahap: rules.jumlahTahap,
    tanggal: rules.tanggal,
    maks: rules.maks,
    components: result.components.map((c) => ({
      ...c,
      nik: maskNumber(c.nik),
      nama: names.get(c.nik) ?? "",
    })),
    yearlyTotal: result.yearlyTotal,
    nominal: result.nominal,
    pkhAktif: (enrolled?.n ?? 0) > 0,
    tersimpan: stored
      ? { nominal: Number(stored.nominal), computedAt: new Date(stored.computed_at).toISOString() }
      : null,
  };
}
