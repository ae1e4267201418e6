import { anomalyKinds, anomalyStatuses, type TAnomalyKind, type TAnomalyStatus } from "@kawal/core";
import { Chip, Group, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAnomalyList, useDistributionPeriods } from "../api/anomaly-api.ts";
import { useMe } from "../api/auth-api.ts";
import { PageHeading } from "../ui/page-heading.tsx";
import { PagedList } from "../ui/paged-list.tsx";
import { useCursorPages } from "../ui/use-cursor-pages.ts";
import { AnomalyCard } from "./anomaly-card.tsx";
import { useAnomalyLabels } from "./anomaly-labels.ts";
import { DetectForm } from "./detect-form.tsx";

const ALL = "semua";

/** The findings of the user's area, newest first, by kind (with counts), status and period. */
export function AnomalyListPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const labels = useAnomalyLabels();
  const [jenis, setJenis] = useState<TAnomalyKind | null>(null);
  const [status, setStatus] = useState<TAnomalyStatus | null>("terbuka");
  const [periode, setPeriode] = useState<string | null>(null);
  const pages = useCursorPages();
  const list = useAnomalyList({ jenis, status, periode, cursor: pages.cursor });
  const periods = useDistributionPeriods();
  const periodOptions = [...new Set((periods.data?.items ?? []).map((p) => p.periode))].sort().reverse();
  const counts = list.data?.counts;
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : undefined;

  return (
    <Stack maw={900} data-testid="anomali-page">
      <PageHeading title={t("anomali.title")} intro={t("anomali.intro")} />
      {me?.permissions.includes("anomaly.manage") && <DetectForm />}
      <Group gap="sm" wrap="wrap" align="flex-end">
        <Select
          label={t("anomali.filterStatus")}
          data={[
            { value: ALL, label: t("anomali.all") },
            ...anomalyStatuses.map((s) => ({ value: s, label: labels.status(s) })),
          ]}
          value={status ?? ALL}
          onChange={(value) => {
            setStatus(value === ALL || value === null ? null : (value as TAnomalyStatus));
            pages.reset();
          }}
          allowDeselect={false}
          w={180}
          data-testid="anomaly-filter-status"
        />
        <Select
          label={t("anomali.filterPeriod")}
          data={[{ value: ALL, label: t("anomali.allPeriods") }, ...periodOptions]}
          value={periode ?? ALL}
          onChange={(value) => {
            setPeriode(value === ALL || value === null ? null : value);
            pages.reset();
          }}
          allowDeselect={false}
          w={180}
          data-testid="anomaly-filter-period"
        />
      </Group>
      <Chip.Group
        value={jenis ?? ALL}
        onChange={(value) => {
          setJenis(value === ALL ? null : (value as TAnomalyKind));
          pages.reset();
        }}
      >
        <Group gap={6} wrap="wrap" data-testid="anomaly-kinds">
          <Chip value={ALL} size="sm" data-testid="anomaly-kind-all">
            {t("anomali.all")}
            {total !== undefined ? ` (${total})` : ""}
          </Chip>
          {anomalyKinds.map((k) => (
            <Chip key={k} value={k} size="sm" data-testid={`anomaly-kind-${k}`}>
              {labels.kind(k)}
              {counts ? ` (${counts[k]})` : ""}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      <PagedList list={list} pages={pages} testId="anomaly" emptyText={t("anomali.empty")}>
        {(anomaly) => <AnomalyCard key={anomaly.id} anomaly={anomaly} />}
      </PagedList>
    </Stack>
  );
}
