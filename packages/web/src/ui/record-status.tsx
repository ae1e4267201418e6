import { Alert, Center, Loader, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isProblemError } from "../api/problem-error.ts";
import { ProblemAlert } from "./problem-alert.tsx";

/**
 * A record's page while it has no record to show: the way back, then a loader, "not found" for a 404
 * (the server answers alike for a record that does not exist and one outside the user's area), or the problem.
 */
export function RecordStatus(props: {
  query: { isPending: boolean; error: unknown };
  back: ReactNode;
  maw: number;
  notFoundText: string;
  notFoundTestId?: string;
}) {
  const { t } = useTranslation();
  const { error } = props.query;
  return (
    <Stack maw={props.maw}>
      {props.back}
      {props.query.isPending ? (
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      ) : isProblemError(error) && error.status === 404 ? (
        <Alert color="yellow" role="alert" data-testid={props.notFoundTestId}>
          {props.notFoundText}
        </Alert>
      ) : (
        <ProblemAlert error={error} />
      )}
    </Stack>
  );
}
