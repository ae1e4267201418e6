import { Loader, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { usePrograms } from "../api/program-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { PkhStagePanel } from "./pkh-stage-panel.tsx";
import { ProgramCard } from "./program-card.tsx";
import { useProgramFormat } from "./program-format.ts";

/** The programme catalogue and its dated rules. */
export function ProgramPage() {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const me = useMe().data;
  const programs = usePrograms();
  const can = (permission: string) => me?.permissions.includes(permission as never) ?? false;
  return (
    <Stack maw={1100}>
      <Title order={2}>{t("menu.program")}</Title>
      {programs.data && <Text c="dimmed">{t("program.intro", { on: format.date(programs.data.on) })}</Text>}
      {programs.isPending && <Loader />}
      <ProblemAlert error={programs.error} />
      {programs.data?.items.map((program) => (
        <ProgramCard key={program.code} program={program} canEdit={can("program.rules")} />
      ))}
      {programs.data && <PkhStagePanel canCompute={can("entitlement.compute")} />}
    </Stack>
  );
}
