import { Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useAidOverlap, useAidOverlapSummary } from "../api/aid-api.ts";
import { useMe } from "../api/auth-api.ts";
import { DesaPicker } from "../registry/events/desa-picker.tsx";
import { PageHeading } from "../ui/page-heading.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { QueryState } from "../ui/query-state.tsx";
import { AidExport } from "./aid-export.tsx";
import { AidLedger } from "./aid-ledger.tsx";
import { AidOverlapList } from "./aid-overlap-list.tsx";
import { AidSummaryTable } from "./aid-summary-table.tsx";

/**
 * The overlap view for the Tikor meeting: a summary per desa of the user's area, and for one desa the
 * families aid piles up on beside the eligible families with none (stacked on a phone), with export.
 * The chosen desa is in the address (a region code, not personal data), so the view can be shared;
 * its lists come first, the summary (where another desa is opened) after them.
 */
export function AidPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const desa = params.get("desa");
  const summary = useAidOverlapSummary();
  const overlap = useAidOverlap(desa);
  const choose = (code: string | null) => setParams(code ? { desa: code } : {}, { replace: true });
  return (
    <Stack maw={1100} data-testid="bantuan-page">
      <PageHeading title={t("menu.bantuan")} intro={t("aid.pageIntro")} />
      <DesaPicker
        label={t("aid.desa")}
        value={desa}
        onChange={choose}
        within={me?.scopes.map((scope) => scope.code) ?? []}
        testId="aid-desa"
      />
      {!desa ? (
        <Text size="sm" c="dimmed">
          {t("aid.pickDesa")}
        </Text>
      ) : overlap.isPending ? (
        <Loader size="sm" />
      ) : overlap.isError ? (
        <ProblemAlert error={overlap.error} />
      ) : (
        <Stack gap="sm" data-testid="aid-overlap">
          <Title order={3} size="h4">
            {overlap.data.desa.name}
          </Title>
          <Text size="xs" c="dimmed">
            {t("aid.window", { since: overlap.data.since, bulan: overlap.data.bulan })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <AidOverlapList
              title={t("aid.piledTitle")}
              help={t("aid.piledHelp")}
              families={overlap.data.piled}
              testId="aid-piled"
            />
            <AidOverlapList
              title={t("aid.withoutTitle")}
              help={t("aid.withoutHelp")}
              families={overlap.data.without}
              testId="aid-without"
            />
          </SimpleGrid>
          <AidExport desa={overlap.data.desa.code} />
          <AidLedger desa={overlap.data.desa.code} />
        </Stack>
      )}
      <QueryState query={summary}>
        {(data) => (
          <AidSummaryTable
            items={data.items}
            selected={desa}
            onSelect={(code) => {
              choose(code);
              // The chosen desa's lists are above the summary.
              window.scrollTo({ top: 0, behavior: "smooth" });
            }}
          />
        )}
      </QueryState>
    </Stack>
  );
}
