import { maskNumber, type TFamily } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import { wilayahNames } from "../wilayah/get-wilayah.ts";
import { ancestorCodes } from "../wilayah/wilayah-views.ts";
import { findFamily } from "./find-family.ts";

/** Every 16-digit value (a NIK or No. KK, wherever an event keeps one) masked, for roles without full numbers. */
function maskPersonalNumbers(value: unknown): unknown {
  if (typeof value === "string") return /^\d{16}$/.test(value) ? maskNumber(value) : value;
  if (Array.isArray(value)) return value.map(maskPersonalNumbers);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskPersonalNumbers(v)]));
  }
  return value;
}

/**
 * A family's page: the house, its members and its history. Roles allowed full numbers see them, and
 * that sensitive read is audited; others see them masked. Outside the scope: 404 and an audit row.
 */
export async function getFamily(db: TDb, actor: TActor, familyId: string): Promise<TFamily> {
  requirePermission(actor, "registry.read");
  const family = await findFamily(db, actor, familyId);
  const full = actor.permissions.includes("registry.full_number");
  const number = (value: string) => (full ? value : maskNumber(value));
  // In turn, not at once: `db` may be a transaction, one connection that runs one query at a time.
  const members = await queryRows<{
    nik: string;
    nama: string;
    hubungan: string;
    jenis_kelamin: string;
    tanggal_lahir: string;
    pendidikan: string | null;
    pekerjaan: string | null;
    disabilitas: boolean | null;
    hamil: boolean | null;
    status: string;
  }>(
    db,
    sql`SELECT nik, nama, hubungan, jenis_kelamin, tanggal_lahir::text AS tanggal_lahir, pendidikan, pekerjaan,
                 disabilitas, hamil, status
          FROM anggota WHERE kab_code = ${family.kab_code} AND no_kk = ${family.no_kk}
          ORDER BY (hubungan = 'kepala') DESC, (hubungan IN ('istri', 'suami')) DESC, tanggal_lahir, nik`,
  );
  const history = await queryRows<{
    kind: string;
    nik: string | null;
    occurred_on: string | null;
    recorded_at: Date | string;
    username: string | null;
    data: unknown;
  }>(
    db,
    sql`SELECT e.kind, e.nik, e.occurred_on::text AS occurred_on, e.recorded_at, u.username, e.data
          FROM registry_event e LEFT JOIN users u ON u.id = e.recorded_by
          WHERE e.kab_code = ${family.kab_code} AND e.no_kk = ${family.no_kk}
          ORDER BY e.recorded_at DESC LIMIT 100`,
  );
  const names = await wilayahNames(db, [family.desa_code, ...ancestorCodes(family.desa_code)]);
  if (full) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        wilayahCode: family.desa_code,
        actorId: actor.userId,
        action: "registry.view_full_numbers",
        entityType: "keluarga",
        entityId: family.id,
      }),
    );
  }
  return {
    id: family.id,
    noKk: number(family.no_kk),
    numbersMasked: !full,
    desa: { code: family.desa_code, name: names.get(family.desa_code)?.name ?? family.desa_code },
    path: ancestorCodes(family.desa_code).map((code) => ({ code, name: names.get(code)?.name ?? code })),
    alamat: family.alamat,
    rt: family.rt,
    rw: family.rw,
    desil: family.desil,
    rumah: {
      statusRumah: family.status_rumah,
      lantai: family.lantai,
      dinding: family.dinding,
      atap: family.atap,
      jamban: family.jamban,
      sumberAir: family.sumber_air,
      dayaListrik: family.daya_listrik,
    },
    status: family.status,
    members: members.map((m) => ({
      nik: number(m.nik),
      nama: m.nama,
      hubungan: m.hubungan,
      jenisKelamin: m.jenis_kelamin,
      tanggalLahir: m.tanggal_lahir,
      pendidikan: m.pendidikan,
      pekerjaan: m.pekerjaan,
      disabilitas: m.disabilitas,
      hamil: m.hamil,
      status: m.status,
    })),
    history: history.map((e) => ({
      kind: e.kind,
      nik: e.nik === null ? null : number(e.nik),
      occurredOn: e.occurred_on,
      recordedAt: new Date(e.recorded_at).toISOString(),
      recordedBy: e.username,
      data: full ? e.data : maskPersonalNumbers(e.data),
    })),
  };
}
