import type { z } from "zod";
import type { TOutput } from "./cli-output.ts";

/**
 * A command's options checked against `schema`: the parsed value, or, when they do not fit, undefined
 * after telling what is wrong with each option (named as on the command line, `--periode`).
 */
export function parseOptions<S extends z.ZodType>(
  schema: S,
  input: unknown,
  out: TOutput,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `--${String(i.path[0] ?? "")}: ${i.message}`);
  out.result(
    { ok: false, error: "invalid options", issues },
    `Pilihan tidak valid / invalid options:\n  ${issues.join("\n  ")}`,
  );
  return undefined;
}
