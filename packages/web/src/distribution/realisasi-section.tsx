import { Alert, Center, Loader, Stack, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../api/auth-api.ts";
import { useRealisasi } from "../api/reconcile-api.ts";
import { uiLocale } from "../ui/date-format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { DesaFamilies } from "./realisasi/desa-families.tsx";
import { RealisasiExport } from "./realisasi/realisasi-export.tsx";
import { RealisasiTable } from "./realisasi/realisasi-table.tsx";
import { ReconcilePanel } from "./realisasi/reconcile-panel.tsx";
import { PeriodPicker, usePeriodParams } from "./schedule/period-picker.tsx";

// recharts (and its d3 parts) loads only with this tab's chart, not with every page.
const RealisasiChart = lazy(() =>
  import("./realisasi/realisasi-chart.tsx").then((m) => ({ default: m.RealisasiChart })),
);

/**
 * The Realisasi tab: reconcile a month, then quota against realised per desa as a table (lowest first,
 * below 70 % marked), a chart and files; `id` is a desa code opened from the address, listing its
 * families with the reasons they did not receive.
 */
export function RealisasiSection({ id }: { id?: string }) {
  if (id) return <DesaFamilies desa={id} />;
  return <RealisasiOverview />;
}

function RealisasiOverview() {
  const { t, i18n } = useTranslation();
  const me = useMe().data;
  const canReconcile = me?.permissions.includes("distribution.reconcile") ?? false;
  const { program, periode } = usePeriodParams();
  const report = useRealisasi(program, periode);
  const data = report.data;

  return (
    <Stack gap="md" data-testid="realisasi-section">
      <Text size="sm" c="dimmed">
        {t("rekonsiliasi.intro")}
      </Text>
      <PeriodPicker testId="realisasi-period" />
      {canReconcile && periode && <ReconcilePanel program={program} periode={periode} />}
      <ProblemAlert error={report.error} />
      {report.isPending && periode && <Loader size="sm" />}
      {data && (
        <>
          <Text size="xs" c="dimmed" data-testid="realisasi-computed">
            {data.computedAt
              ? t("rekonsiliasi.computedAt", {
                  when: new Date(data.computedAt).toLocaleString(uiLocale(i18n.language)),
                })
              : t("rekonsiliasi.never")}
          </Text>
          {data.rows.length === 0 ? (
            <Alert color="gray">{t("rekonsiliasi.empty")}</Alert>
          ) : (
            <>
              <RealisasiTable report={data} />
              <Suspense
                fallback={
                  <Center p="md">
                    <Loader size="sm" aria-label={t("app.loading")} />
                  </Center>
                }
              >
                <RealisasiChart rows={data.rows} />
              </Suspense>
              {periode && <RealisasiExport program={program} periode={periode} />}
            </>
          )}
        </>
      )}
    </Stack>
  );
}
