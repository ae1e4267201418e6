import { Group, Loader, NativeSelect, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useParams, useSearchParams } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useMonitoringList, useMonitoringSummary } from "../api/monitoring-api.ts";
import { PageHeading } from "../ui/page-heading.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { AgentList } from "./agent-list.tsx";
import { ChecklistForm } from "./checklist-form.tsx";
import { ChecklistPage } from "./checklist-page.tsx";
import { FollowUpList } from "./follow-up-list.tsx";
import { SummaryTable } from "./summary-table.tsx";

const programs = ["SEMBAKO", "PKH"] as const;

/**
 * 6T monitoring. `/monitoring` shows the per-kecamatan summary, the period's agents (checked or not)
 * and the open follow-ups; `?agen=<id>` opens the checklist form for one agent; `/monitoring/:id` is
 * one checklist with the hints from the records and its follow-ups. Programme and period are in the
 * address (no personal data), so a view can be shared.
 */
export function MonitoringPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const me = useMe().data;
  if (!me?.permissions.includes("monitoring.read")) return <Text>{t("monitoring6t.notAllowed")}</Text>;
  if (id) return <ChecklistPage id={id} canManage={me.permissions.includes("monitoring.manage")} />;
  return <Overview canManage={me.permissions.includes("monitoring.manage")} />;
}

function Overview({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const program = params.get("program") ?? "SEMBAKO";
  const asked = params.get("periode");
  const agen = params.get("agen");
  const summary = useMonitoringSummary(program, asked);
  const periode = asked ?? summary.data?.periode ?? null;
  const list = useMonitoringList(program, periode);
  const set = (next: Record<string, string | null>) => {
    const merged = { program, periode, agen, ...next };
    setParams(
      Object.fromEntries(Object.entries(merged).filter((e): e is [string, string] => Boolean(e[1]))),
      {
        replace: !("agen" in next),
      },
    );
  };
  const chosen = list.data?.items.find((i) => i.agen.idAgen === agen);
  return (
    <Stack maw={1100} gap="lg" data-testid="monitoring-page">
      <PageHeading title={t("monitoring6t.title")} intro={t("monitoring6t.intro")} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t("monitoring6t.program")}
          data={[...programs]}
          value={program}
          onChange={(e) => set({ program: e.currentTarget.value, periode: null, agen: null })}
          data-testid="monitoring-program"
        />
        <NativeSelect
          label={t("monitoring6t.periode")}
          data={(summary.data?.periods ?? []).map((p) => ({ value: p, label: p }))}
          value={periode ?? ""}
          onChange={(e) => set({ periode: e.currentTarget.value, agen: null })}
          data-testid="monitoring-periode"
        />
      </Group>
      {agen && periode && canManage ? (
        chosen ? (
          <ChecklistForm
            program={program}
            periode={periode}
            agent={chosen.agen}
            onDone={() => set({ agen: null })}
          />
        ) : list.isPending ? (
          <Loader size="sm" />
        ) : (
          <Text c="red">{t("monitoring6t.agentMissing")}</Text>
        )
      ) : (
        <>
          <QueryState
            query={summary}
            isEmpty={(data) => data.periode === null}
            emptyText={t("monitoring6t.noPeriod")}
            emptyTestId="monitoring-no-period"
          >
            {(data) => <SummaryTable items={data.items} />}
          </QueryState>
          {list.isError ? (
            <ProblemAlert error={list.error} />
          ) : list.data && periode ? (
            <AgentList
              items={list.data.items}
              canManage={canManage}
              onCheck={(idAgen) => set({ agen: idAgen })}
            />
          ) : null}
          <FollowUpList />
        </>
      )}
    </Stack>
  );
}
