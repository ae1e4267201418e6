import { sql } from "drizzle-orm";
import { queryRows, type TDb } from "../db/database.ts";
import type { TActor } from "../scope/actor.ts";
import { loadActor } from "./load-actor.ts";
import { hashSessionToken } from "./session-token.ts";

/**
 * The actor behind a session cookie, or undefined when the session is unknown, idle too long, past
 * its absolute end, or its user is disabled. `last_seen_at` is written at most once a minute.
 */
export async function resolveSession(
  db: TDb,
  token: string,
  options: { idleMinutes: number; now?: Date },
): Promise<{ actor: TActor } | undefined> {
  const now = options.now ?? new Date();
  const tokenHash = hashSessionToken(token);
  const idleCutoff = new Date(now.getTime() - options.idleMinutes * 60_000);
  const [session] = await queryRows<{ user_id: string; last_seen_at: Date | string }>(
    db,
    sql`SELECT user_id, last_seen_at FROM session
        WHERE token_hash = ${tokenHash} AND expires_at > ${now.toISOString()}
          AND last_seen_at > ${idleCutoff.toISOString()}`,
  );
  if (!session) return undefined;
  const actor = await loadActor(db, session.user_id);
  if (!actor) return undefined;
  if (now.getTime() - new Date(session.last_seen_at).getTime() > 60_000) {
    await db.execute(
      sql`UPDATE session SET last_seen_at = ${now.toISOString()} WHERE token_hash = ${tokenHash}`,
    );
  }
  return { actor };
}

export async function endSession(db: TDb, token: string): Promise<void> {
  await db.execute(sql`DELETE FROM session WHERE token_hash = ${hashSessionToken(token)}`);
}
