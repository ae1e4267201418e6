import { stat } from "node:fs/promises";
import { extname } from "node:path";
import type { TAspect6T } from "@kawal/core";
import { sql } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { writeAudit } from "../audit/write-audit.ts";
import { queryRows, type TDb } from "../db/database.ts";
import { receiveUpload } from "../http/receive-upload.ts";
import type { TActor } from "../scope/actor.ts";
import { requirePermission } from "../scope/scope.ts";
import type { TBlobStore } from "../storage/blob-store.ts";
import { readBlobHead } from "../storage/read-blob-head.ts";
import { findChecklist } from "./find-checklist.ts";
import { monitoringRefusals } from "./monitoring-refusals.ts";

/** A phone photo is a few MB; the same limit as the other photo and scan uploads (proposal minutes). */
export const PHOTO_LIMIT_BYTES = 10 * 1_048_576;

/** What each accepted image must start with: a name or a declared type proves nothing. */
const signatures: Record<string, { type: string; test: (head: Buffer) => boolean }> = {
  ".jpg": { type: "image/jpeg", test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  ".jpeg": { type: "image/jpeg", test: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  ".png": {
    type: "image/png",
    test: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  ".webp": {
    type: "image/webp",
    test: (h) =>
      h.subarray(0, 4).toString("latin1") === "RIFF" && h.subarray(8, 12).toString("latin1") === "WEBP",
  },
};

/**
 * Stores a photo for one aspect of a checklist in the scope (the field `foto`), replacing an earlier
 * one. The checklist is found before a byte is received; the size and the image's first bytes are
 * checked after, and a refused or unrecorded file is removed again.
 */
export async function attachPhoto(
  db: TDb,
  blobs: TBlobStore,
  actor: TActor,
  monitoringId: string,
  aspek: TAspect6T,
  request: FastifyRequest,
): Promise<void> {
  requirePermission(actor, "monitoring.manage");
  const found = await findChecklist(db, actor, monitoringId);
  const limitMb = PHOTO_LIMIT_BYTES / 1_048_576;
  if (Number(request.headers["content-length"] ?? 0) > PHOTO_LIMIT_BYTES + 64 * 1024) {
    throw monitoringRefusals.photoSize(limitMb);
  }
  const upload = await receiveUpload(request, blobs, {
    fileField: "foto",
    extensions: Object.keys(signatures),
    keyPrefix: `monitoring/${found.kab_code}`,
    typeMessage: { id: "pilih foto JPEG, PNG atau WebP", en: "choose a JPEG, PNG or WebP photo" },
  });
  let previous: string | null = null;
  try {
    if ((await stat(blobs.localPath(upload.key))).size > PHOTO_LIMIT_BYTES)
      throw monitoringRefusals.photoSize(limitMb);
    const signature = signatures[extname(upload.key)];
    if (!signature?.test(await readBlobHead(blobs, upload.key, 12))) throw monitoringRefusals.photoType();
    await db.transaction(async (tx) => {
      const [row] = await queryRows<{ foto_key: string | null }>(
        tx,
        sql`SELECT foto_key FROM monitoring_6t_aspek
            WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id} AND aspek = ${aspek} FOR UPDATE`,
      );
      previous = row?.foto_key ?? null;
      await tx.execute(
        sql`UPDATE monitoring_6t_aspek SET foto_key = ${upload.key}
            WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id} AND aspek = ${aspek}`,
      );
      await writeAudit(tx, {
        wilayahCode: found.desa_code,
        actorId: actor.userId,
        action: "monitoring.photo",
        entityType: "monitoring_6t",
        entityId: found.id,
        data: { aspek, foto: upload.key, menggantikan: previous },
      });
    });
  } catch (error) {
    await blobs.remove(upload.key);
    throw error;
  }
  // The replaced photo stays named in the audit row; the file itself is no longer shown anywhere.
  if (previous) await blobs.remove(previous);
}

/** The photo of one aspect, for a reader in the scope; each view is audited (it may show people). */
export async function getPhoto(
  db: TDb,
  actor: TActor,
  monitoringId: string,
  aspek: TAspect6T,
): Promise<{ key: string; contentType: string }> {
  requirePermission(actor, "monitoring.read");
  const found = await findChecklist(db, actor, monitoringId);
  const [row] = await queryRows<{ foto_key: string | null }>(
    db,
    sql`SELECT foto_key FROM monitoring_6t_aspek
        WHERE kab_code = ${found.kab_code} AND monitoring_id = ${found.id} AND aspek = ${aspek}`,
  );
  const key = row?.foto_key;
  if (!key) throw monitoringRefusals.noPhoto();
  await db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: found.desa_code,
      actorId: actor.userId,
      action: "monitoring.view_photo",
      entityType: "monitoring_6t",
      entityId: found.id,
      data: { aspek },
    }),
  );
  return { key, contentType: signatures[extname(key)]?.type ?? "application/octet-stream" };
}
