import { Alert, List, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { isProblemError } from "../api/problem-error.ts";
import { problemTitle } from "./problem-text.ts";

interface TProblemAlertProps {
  error: unknown;
  /** Fields already shown beside their inputs; the alert lists only the others. */
  shownFields?: readonly string[];
}

/** Shows a failed request: the problem's title, its detail, and the fields at fault. */
export function ProblemAlert({ error, shownFields = [] }: TProblemAlertProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isProblemError(error)) {
    return (
      <Alert color="red" role="alert" data-testid="problem-alert">
        {error instanceof Error ? error.message : String(error)}
      </Alert>
    );
  }
  const { problem } = error;
  const fields = (problem.fields ?? []).filter((f) => !shownFields.includes(f.field));
  const hasBody = Boolean(problem.detail) || fields.length > 0;
  return (
    <Alert color="red" role="alert" title={problemTitle(problem, t)} data-testid="problem-alert">
      {hasBody ? (
        <>
          {problem.detail && <Text size="sm">{problem.detail}</Text>}
          {fields.length > 0 && (
            <>
              <Text size="sm" mt={problem.detail ? "xs" : 0}>
                {t("errors.fields")}
              </Text>
              <List size="sm">
                {fields.map((f) => (
                  <List.Item key={`${f.field}:${f.message}`}>
                    <strong>{f.field}</strong>: {f.message}
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </>
      ) : null}
    </Alert>
  );
}
