import { AppError, AppErrorCode } from "@kawal/core";
import type { FastifyInstance } from "fastify";

/**
 * Characters no text a person types contains: C0 controls other than tab, line feed and carriage return,
 * DEL, and the bidirectional overrides and isolates that make a name read other than it is stored.
 * A NUL byte would otherwise reach PostgreSQL, which refuses it in text with an error.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is this file's purpose.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

const message = {
  id: "berisi karakter kendali yang tidak boleh ada dalam teks",
  en: "contains a control character that text may not hold",
};

/** The first string inside `value` (an object, array or string) that holds a forbidden character, by path. */
function findForbidden(value: unknown, path: string[]): string[] | null {
  if (typeof value === "string") return FORBIDDEN.test(value) ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    // A key can carry one too: it is text the caller sent.
    if (FORBIDDEN.test(key)) return [...path, key];
    const found = findForbidden(inner, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * Refuses control characters anywhere in a JSON body, query or path parameter with a 400 that names the
 * field, before the route's own validation and before any query: named as validation errors name them
 * (body fields bare, others with their place, `querystring.q`).
 */
export function refuseControlCharacters(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const places: [string | undefined, unknown][] = [
      [undefined, request.body],
      ["querystring", request.query],
      ["params", request.params],
    ];
    for (const [place, value] of places) {
      const path = findForbidden(value, []);
      if (path === null) continue;
      const field = [place, ...path].filter(Boolean).join(".");
      throw new AppError(AppErrorCode.VALIDATION, `${field}: control character`, {
        fields: [{ field, message }],
      });
    }
  });
}
