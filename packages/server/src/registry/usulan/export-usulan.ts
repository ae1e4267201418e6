import { maskNumber, NATIONAL_SCOPE, type TUsulanExportQuery } from "@kawal/core";
import { sql } from "drizzle-orm";
import { writeAudit } from "../../audit/write-audit.ts";
import { queryRows, type TDb } from "../../db/database.ts";
import { type TTableFile, writeTableFile } from "../../http/table-file.ts";
import type { TActor } from "../../scope/actor.ts";
import { inRegion } from "../../scope/region-sql.ts";
import { inScope, requirePermission } from "../../scope/scope.ts";
import { isoDate } from "../registry-views.ts";
import type { TUsulanRow } from "./find-usulan.ts";
import { maskData } from "./usulan-view.ts";

/** The export's columns, in the snake_case Indonesian names of the interchange files (docs/formats.md). */
const columns = [
  "id_usulan",
  "jenis",
  "alasan",
  "status",
  "kode_desa",
  "desa",
  "no_kk",
  "nik",
  "data",
  "diusulkan_oleh",
  "tanggal_usulan",
  "tanggal_musdes",
  "diputuskan_oleh",
  "tanggal_keputusan",
  "catatan_keputusan",
] as const;

interface TExportRow extends TUsulanRow {
  desa_name: string | null;
  proposer: string | null;
  decider: string | null;
  decided_at: Date | string | null;
  decision_note: string | null;
}

export type TUsulanExport = TTableFile;

/**
 * The proposals of the caller's scope in one status (the approved ones by default) as CSV or XLSX,
 * for the determination above the kabupaten. Numbers are in full only for roles that may see them,
 * and every export is audited: it is a bulk read of personal data. Held in memory: one kabupaten's
 * proposals of a period are thousands, not millions.
 */
export async function exportUsulan(
  db: TDb,
  actor: TActor,
  query: TUsulanExportQuery,
  now: Date = new Date(),
): Promise<TUsulanExport> {
  requirePermission(actor, "registry.read");
  const full = actor.permissions.includes("registry.full_number");
  const number = (value: string | null) => (value === null ? "" : full ? value : maskNumber(value));
  const rows = await queryRows<TExportRow>(
    db,
    sql`SELECT u.*, w.name AS desa_name, p.username AS proposer,
               d.username AS decider, d.at AS decided_at, d.note AS decision_note
        FROM usulan u
        LEFT JOIN wilayah w ON w.code = u.desa_code
        LEFT JOIN users p ON p.id = u.proposed_by
        LEFT JOIN LATERAL (
          SELECT du.username, s.at, s.note FROM usulan_step s LEFT JOIN users du ON du.id = s.actor_id
          WHERE s.kab_code = u.kab_code AND s.usulan_id = u.id AND s.to_status IN ('disetujui', 'ditolak')
          ORDER BY s.at DESC LIMIT 1
        ) d ON TRUE
        WHERE ${inScope(actor, sql`u.desa_code`)} AND u.status = ${query.status}
          AND ${inRegion(sql`u.desa_code`, query.wilayah ?? null)}
        ORDER BY u.desa_code, u.proposed_at, u.id`,
  );
  const records = rows.map((r) => [
    r.id,
    r.kind,
    r.reason ?? "",
    r.status,
    r.desa_code,
    r.desa_name ?? "",
    number(r.no_kk),
    number(r.nik),
    JSON.stringify(full ? r.data : maskData(r.data)),
    r.proposer ?? "",
    new Date(r.proposed_at).toISOString(),
    isoDate(r.musdes_date) ?? "",
    r.decider ?? "",
    r.decided_at ? new Date(r.decided_at).toISOString() : "",
    r.decision_note ?? "",
  ]);
  const auditRegion =
    query.wilayah ??
    (actor.scopes.length === 1 && actor.scopes[0] !== NATIONAL_SCOPE ? actor.scopes[0] : null);
  await db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: auditRegion ?? null,
      actorId: actor.userId,
      action: "usulan.export",
      entityType: "usulan",
      data: { status: query.status, format: query.format, rows: records.length, fullNumbers: full },
    }),
  );
  const baseName = `usulan-${query.status}-${now.toISOString().slice(0, 10)}`;
  return writeTableFile({
    format: query.format,
    baseName,
    sheetName: "usulan",
    columns,
    records,
    textColumns: ["no_kk", "nik"],
    maskNumbers: !full,
  });
}
