import { Button, Card, Group, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useComputeStage, useStageTotals } from "../api/program-api.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { numberColumn, ScrollTable } from "../ui/scroll-table.tsx";
import { useProgramFormat } from "./program-format.ts";

const thisYear = new Date().getFullYear();
const currentStage = Math.floor(new Date().getMonth() / 3) + 1;

/** A PKH stage's totals per desa of the user's area and, for Dinas Sosial, computing the stage. */
export function PkhStagePanel({ canCompute }: { canCompute: boolean }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const [stage, setStage] = useState({ tahun: thisYear, tahap: currentStage });
  const totals = useStageTotals(stage);
  const compute = useComputeStage();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 4 + i));
  return (
    <Card withBorder data-testid="pkh-stage-panel">
      <Title order={3} size="h4" mb={4}>
        {t("program.stage.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("program.stage.intro")}
      </Text>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NativeSelect
            label={t("program.stage.tahun")}
            data={years}
            value={String(stage.tahun)}
            onChange={(e) => setStage({ ...stage, tahun: Number(e.currentTarget.value) })}
            data-testid="stage-tahun"
          />
          <NativeSelect
            label={t("program.stage.tahap")}
            data={["1", "2", "3", "4"]}
            value={String(stage.tahap)}
            onChange={(e) => setStage({ ...stage, tahap: Number(e.currentTarget.value) })}
            data-testid="stage-tahap"
          />
          {canCompute && (
            <Button
              loading={compute.isPending}
              data-testid="stage-compute"
              onClick={() =>
                compute.mutate(stage, {
                  onSuccess: (r) =>
                    notifySuccess(
                      t("program.stage.computed", {
                        families: r.families,
                        total: format.rupiah(r.totalNominal),
                      }),
                    ),
                })
              }
            >
              {t("program.stage.compute")}
            </Button>
          )}
        </Group>
        <ProblemAlert error={compute.error ?? totals.error} />
        {totals.data && totals.data.items.length === 0 && <Text size="sm">{t("program.stage.none")}</Text>}
        {totals.data && totals.data.items.length > 0 && (
          <ScrollTable
            minWidth={300}
            verticalSpacing={4}
            data-testid="stage-totals"
            columns={[
              { label: t("program.stage.desa") },
              numberColumn(t("program.stage.families")),
              numberColumn(t("program.stage.total")),
            ]}
          >
            {totals.data.items.map((row) => (
              <Table.Tr key={row.desa.code}>
                <Table.Td>{row.desa.name}</Table.Td>
                <Table.Td ta="right">{row.families}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                  {format.rupiah(row.totalNominal)}
                </Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr fw={700}>
              <Table.Td>{t("program.stage.allDesa")}</Table.Td>
              <Table.Td ta="right">{totals.data.families}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                {format.rupiah(totals.data.totalNominal)}
              </Table.Td>
            </Table.Tr>
          </ScrollTable>
        )}
      </Stack>
    </Card>
  );
}
