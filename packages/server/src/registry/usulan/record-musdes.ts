import {
  AppError,
  AppErrorCode,
  earliestLocalDate,
  isFutureDate,
  type TUsulanDetail,
  ZUsulanMusdes,
} from "@kawal/core";
import { sql } from "drizzle-orm";
import type { TDb } from "../../db/database.ts";
import { issueFields } from "../../http/issue-message.ts";
import type { TActor } from "../../scope/actor.ts";
import { requirePermission } from "../../scope/scope.ts";
import type { TBlobStore } from "../../storage/blob-store.ts";
import { findUsulan } from "./find-usulan.ts";
import { getUsulan } from "./get-usulan.ts";
import { checkUsulanStep, takeUsulanStep } from "./take-usulan-step.ts";
import { usulanRefusals } from "./usulan-refusals.ts";

/** The minutes as stored, with the form's text fields. */
export interface TReceivedMinutes {
  key: string;
  fields: Record<string, string>;
}

/**
 * Records the village deliberation (musdes/muskel): its date and its minutes (berita acara). The step
 * is checked before the file is received, so a refused step stores nothing; a file received for a
 * step that then fails is removed again.
 */
export async function recordMusdes(
  db: TDb,
  blobs: TBlobStore,
  actor: TActor,
  usulanId: string,
  receive: () => Promise<TReceivedMinutes>,
  now: Date = new Date(),
): Promise<TUsulanDetail> {
  requirePermission(actor, "usulan.deliberate");
  const found = await findUsulan(db, actor, usulanId);
  checkUsulanStep(found, actor, "musdes");
  const minutes = await receive();
  try {
    const parsed = ZUsulanMusdes.safeParse({ tanggal: minutes.fields.tanggal });
    if (!parsed.success) {
      throw new AppError(AppErrorCode.VALIDATION, "musdes date", {
        fields: issueFields(parsed.error.issues).map((f) => ({ ...f, field: "tanggal" })),
      });
    }
    const { tanggal } = parsed.data;
    if (isFutureDate(tanggal, now)) throw usulanRefusals.future();
    // The deliberation discusses the proposal: it cannot have been held before the proposal was made.
    const proposed = earliestLocalDate(new Date(found.proposed_at));
    if (tanggal < proposed) throw usulanRefusals.beforeProposal(proposed);
    await takeUsulanStep(db, actor, found, {
      action: "musdes",
      note: minutes.fields.catatan?.trim().slice(0, 1000) || undefined,
      sets: [sql`musdes_date = ${tanggal}`, sql`musdes_minutes_key = ${minutes.key}`],
      auditData: { tanggal, beritaAcara: minutes.key },
    });
  } catch (error) {
    await blobs.remove(minutes.key);
    throw error;
  }
  return getUsulan(db, actor, found.id, { fullNumbers: false });
}
