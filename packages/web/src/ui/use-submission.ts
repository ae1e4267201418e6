import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { isProblemError } from "../api/problem-error.ts";
import { applyProblemFields } from "./apply-problem-fields.ts";

/** The field the server names when an Idempotency-Key was already stored with other content. */
const keyReusedField = "headers.idempotency-key";

/** Whether the server refused a write because its Idempotency-Key was already used. */
function isKeyReused(error: unknown): boolean {
  return isProblemError(error) && (error.problem.fields ?? []).some((f) => f.field === keyReusedField);
}

/** What a form shows instead of the problem when its event was already recorded. */
export interface TAlreadyRecorded {
  text: string;
  testId?: string;
}

/** A form's last submission as `FormFrame` shows it. */
export interface TSubmission {
  error: unknown;
  pending: boolean;
  /** Problem fields shown beside their inputs, which the alert leaves out. */
  shownFields: string[];
  /** Set when the server answered that the Idempotency-Key was already used. */
  alreadyRecorded: TAlreadyRecorded | null;
  /** A new attempt: forget that the last one was already recorded. */
  retry: () => void;
  /**
   * Shows a refusal: the fields it names beside their inputs, or, for a form that sends an
   * Idempotency-Key, the already-recorded line. Returns whether the key was reused.
   */
  refuse: (error: unknown) => boolean;
}

/**
 * The one way a form keeps the server's answer to its submission: the mutation's problem and pending
 * state, the fields placed beside their inputs and, when `alreadyRecorded` is given (the form sends an
 * Idempotency-Key), whether the server said the key was already used.
 */
export function useSubmission<T extends FieldValues>(
  /** The form whose inputs show the server's field errors; null for a form without react-hook-form. */
  form: { setError: UseFormSetError<T> } | null,
  mutation: { error: unknown; isPending: boolean },
  fields: readonly Path<T>[],
  alreadyRecorded?: TAlreadyRecorded,
): TSubmission {
  const [shownFields, setShownFields] = useState<string[]>([]);
  const [reused, setReused] = useState(false);
  return {
    error: mutation.error,
    pending: mutation.isPending,
    shownFields,
    alreadyRecorded: reused && alreadyRecorded ? alreadyRecorded : null,
    retry: () => setReused(false),
    refuse: (error) => {
      if (alreadyRecorded && isKeyReused(error)) {
        setReused(true);
        return true;
      }
      if (form) setShownFields(applyProblemFields(error, fields, form.setError));
      return false;
    },
  };
}
