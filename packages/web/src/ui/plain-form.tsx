import type { ReactNode } from "react";

/**
 * A form whose inputs live in component state: submitting runs `onSubmit` instead of loading a page, and
 * the browser's own checks are off, since the form shows its own.
 */
export function PlainForm({
  onSubmit,
  testId,
  children,
}: {
  onSubmit: () => void;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
