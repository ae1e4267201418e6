import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { isProblemError } from "../api/problem-error.ts";

/**
 * Puts the server's field errors beside the inputs they belong to (`scopes.0` goes to `scopes`).
 * Returns the problem fields it placed, so the alert above the form lists only the rest.
 */
export function applyProblemFields<T extends FieldValues>(
  error: unknown,
  formFields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] {
  if (!isProblemError(error)) return [];
  const placed: string[] = [];
  for (const { field, message } of error.problem.fields ?? []) {
    const target = formFields.find((name) => field === name || field.startsWith(`${name}.`));
    if (!target) continue;
    setError(target, { type: "server", message });
    placed.push(field);
  }
  return placed;
}
