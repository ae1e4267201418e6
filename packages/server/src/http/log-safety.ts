import { maskNumbersInText } from "@kawal/core";
import { DrizzleQueryError } from "drizzle-orm";

/** Header and body paths the logger never writes: sessions, CSRF tokens and what users typed. */
const redact = ["req.headers.cookie", "req.headers['x-csrf-token']", "res.headers['set-cookie']", "req.body"];

interface TLoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: unknown;
  query?: string;
  cause?: TLoggedError;
}

/**
 * An error as the log may show it. A failed query is logged with its SQL text and the database's own
 * error, never with its parameters (they are what users typed: names, NIKs); other errors keep their
 * message, code and stack. Only these fields: an error's other properties (a PostgreSQL `detail` such
 * as `Key (nik)=(…)`) may quote a row.
 */
export function errorForLog(error: unknown): TLoggedError {
  if (error instanceof DrizzleQueryError) {
    // Its message and stack quote the parameters: neither is kept.
    const message = "failed query";
    return {
      type: "DrizzleQueryError",
      message,
      stack: message,
      query: error.query,
      cause: errorForLog(error.cause),
    };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: error.message, stack: error.stack ?? error.message, code };
  }
  return { type: typeof error, message: "", stack: "" };
}

/**
 * The server's logger: the paths above redacted, errors through `errorForLog`, and every line, whatever
 * wrote it, with its 16-digit numbers masked before it leaves the process.
 */
export const loggerOptions = {
  level: "info" as const,
  redact,
  serializers: { err: errorForLog },
  hooks: { streamWrite: maskNumbersInText },
};
