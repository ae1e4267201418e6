import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useUsulan } from "../api/usulan-api.ts";
import { BackLink } from "../ui/back-link.tsx";
import { RecordStatus } from "../ui/record-status.tsx";
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
  const back = <BackLink to="/usulan" label={t("usulan.back")} testId="usulan-back" />;
  if (usulan.isPending || usulan.error) {
    return (
      <RecordStatus
        query={usulan}
        back={back}
        maw={820}
        notFoundText={t("usulan.notFound")}
        notFoundTestId="usulan-not-found"
      />
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
