import { Alert, Anchor, Center, Loader, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { isProblemError } from "../api/problem-error.ts";
import { useUsulan } from "../api/usulan-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { UsulanActions } from "./usulan-actions.tsx";
import { UsulanSteps } from "./usulan-steps.tsx";
import { UsulanSummary } from "./usulan-summary.tsx";

/** One proposal: what it is, the steps it took, and the step this user may take next. */
export function UsulanDetailPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const { id } = useParams();
  const usulan = useUsulan(id);
  if (!me?.permissions.includes("registry.read")) return <Text>{t("usulan.notAllowed")}</Text>;
  const back = (
    <Anchor component={Link} to="/usulan" size="sm" data-testid="usulan-back">
      ← {t("usulan.back")}
    </Anchor>
  );
  if (usulan.isPending) {
    return (
      <Stack maw={820}>
        {back}
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      </Stack>
    );
  }
  if (usulan.error) {
    const notFound = isProblemError(usulan.error) && usulan.error.status === 404;
    return (
      <Stack maw={820}>
        {back}
        {notFound ? (
          <Alert color="yellow" role="alert" data-testid="usulan-not-found">
            {t("usulan.notFound")}
          </Alert>
        ) : (
          <ProblemAlert error={usulan.error} />
        )}
      </Stack>
    );
  }
  return (
    <Stack maw={820} data-testid="usulan-detail">
      {back}
      <UsulanSummary usulan={usulan.data} />
      <UsulanActions usulan={usulan.data} />
      <UsulanSteps steps={usulan.data.steps} />
    </Stack>
  );
}
