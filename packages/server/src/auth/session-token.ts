import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "kawal_session";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only the hash is stored: a copy of the session table cannot be replayed as cookies. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
