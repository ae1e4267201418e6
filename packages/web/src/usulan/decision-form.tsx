import { Button, Card, SegmentedControl, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isProblemError } from "../api/problem-error.ts";
import { NoteInput } from "../ui/note-input.tsx";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

export interface TDecisionChoice {
  /** The value the server expects (`sesuai`, `tolak` …). */
  value: string;
  label: string;
  /** A choice that goes against the proposal must say why (the server requires the note). */
  needsNote: boolean;
}

interface TDecisionFormProps {
  title: string;
  choices: TDecisionChoice[];
  noteLabel: string;
  submitLabel: string;
  doneMessage: string;
  /** The step's request: its problem and whether it is on its way. */
  mutation: { isPending: boolean; error: unknown };
  onSubmit: (value: string, note: string | undefined, onSuccess: () => void) => void;
  testId: string;
}

/** A choice between the steps the user may take (verval or the Dinas decision) with a note. */
export function DecisionForm(props: TDecisionFormProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(props.choices[0]?.value ?? "");
  const [note, setNote] = useState("");
  const [noteMissing, setNoteMissing] = useState(false);
  const choice = props.choices.find((c) => c.value === value);
  const serverNote = isProblemError(props.mutation.error)
    ? props.mutation.error.problem.fields?.find((f) => f.field === "note")?.message
    : undefined;
  return (
    <Card withBorder data-testid={props.testId}>
      <PlainForm
        onSubmit={() => {
          const missing = Boolean(choice?.needsNote) && !note.trim();
          setNoteMissing(missing);
          if (missing || !choice) return;
          props.onSubmit(choice.value, note.trim() || undefined, () => notifySuccess(props.doneMessage));
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {props.title}
          </Title>
          <ProblemAlert error={props.mutation.error} shownFields={serverNote ? ["note"] : []} />
          {props.choices.length > 1 && (
            <SegmentedControl
              fullWidth
              value={value}
              onChange={setValue}
              data={props.choices.map((c) => ({ value: c.value, label: c.label }))}
              data-testid={`${props.testId}-choice`}
            />
          )}
          <NoteInput
            label={props.noteLabel}
            withAsterisk={Boolean(choice?.needsNote)}
            maxLength={1000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={noteMissing ? t("validation.required") : serverNote}
            data-testid={`${props.testId}-note`}
          />
          <Button
            type="submit"
            color={choice?.needsNote ? "red" : "teal"}
            loading={props.mutation.isPending}
            data-testid={`${props.testId}-submit`}
          >
            {choice && props.choices.length > 1 ? `${props.submitLabel}: ${choice.label}` : props.submitLabel}
          </Button>
        </Stack>
      </PlainForm>
    </Card>
  );
}
