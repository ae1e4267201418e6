import {
  type FieldError,
  type FieldPath,
  type FieldValues,
  get,
  type RegisterOptions,
  type UseFormReturn,
} from "react-hook-form";

/**
 * Wires inputs to a form the one way every form here does it: the field's registration, its error
 * message (shown through `text`, e.g. the schema-message picker) and its test id.
 */
export function fieldBinder<T extends FieldValues, TContext, TTransformed>(
  form: UseFormReturn<T, TContext, TTransformed>,
  text: (message: string | undefined) => string | undefined = (message) => message,
) {
  // Read during render, as the forms' own `formState.errors` was, so react-hook-form re-renders on errors.
  const errors = form.formState.errors;
  return (name: FieldPath<T>, testId?: string, options?: RegisterOptions<T, FieldPath<T>>) => ({
    error: text((get(errors, name) as FieldError | undefined)?.message),
    "data-testid": testId,
    ...form.register(name, options),
  });
}
