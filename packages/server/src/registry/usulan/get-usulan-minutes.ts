import { extname } from "node:path";
import { writeAudit } from "../../audit/write-audit.ts";
import type { TDb } from "../../db/database.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import { findUsulan } from "./find-usulan.ts";
import { minutesContentType } from "./receive-minutes.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/**
 * The deliberation's minutes of a proposal in the scope, for whoever verifies and decides it. The
 * minutes name the families discussed, so opening them is audited like a full-number view.
 */
export async function getUsulanMinutes(
  db: TDb,
  actor: TActor,
  usulanId: string,
): Promise<{ key: string; contentType: string; fileName: string }> {
  requirePermission(actor, "registry.read");
  const found = await findUsulan(db, actor, usulanId);
  const key = found.musdes_minutes_key;
  if (!key) throw usulanRefusals.noMinutes();
  await db.transaction((tx) =>
    writeAudit(tx, {
      wilayahCode: found.desa_code,
      actorId: actor.userId,
      action: "usulan.view_minutes",
      entityType: "usulan",
      entityId: found.id,
    }),
  );
  const extension = extname(key);
  return {
    key,
    contentType: minutesContentType[extension] ?? "application/octet-stream",
    fileName: `berita-acara-${found.id.slice(0, 8)}${extension}`,
  };
}
