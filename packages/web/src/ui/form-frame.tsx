import { type MantineSpacing, Stack, Text } from "@mantine/core";
import type { FormEventHandler, ReactNode } from "react";
import { FormActions } from "./form-actions.tsx";
import { ProblemAlert } from "./problem-alert.tsx";
import type { TSubmission } from "./use-submission.ts";

/** Shows a submission's refusal: the already-recorded line for a reused Idempotency-Key, else the problem. */
export function SubmissionProblem({ submission }: { submission: TSubmission }) {
  const already = submission.alreadyRecorded;
  return already ? (
    <Text c="orange.8" size="sm" role="alert" data-testid={already.testId}>
      {already.text}
    </Text>
  ) : (
    <ProblemAlert error={submission.error} shownFields={submission.shownFields} />
  );
}

/**
 * A form that sends one request: what comes before the problem (`head`), the refusal of the last
 * submission, the fields, then the cancel and submit row.
 */
export function FormFrame(props: {
  testId?: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  submission: TSubmission;
  actions: { label: string; testId?: string; onCancel: () => void };
  head?: ReactNode;
  gap?: MantineSpacing;
  children: ReactNode;
}) {
  const gap = props.gap ?? "sm";
  return (
    <form onSubmit={props.onSubmit} noValidate data-testid={props.testId}>
      <Stack gap={gap}>
        {props.head}
        <SubmissionProblem submission={props.submission} />
        {props.children}
        <FormActions
          submitLabel={props.actions.label}
          onCancel={props.actions.onCancel}
          pending={props.submission.pending}
          submitTestId={props.actions.testId}
          gap={gap}
        />
      </Stack>
    </form>
  );
}
