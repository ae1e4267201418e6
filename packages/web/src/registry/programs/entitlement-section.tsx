import type { TEntitlementLine } from "@kawal/core";
import { Alert, Badge, Card, Group, Loader, NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useEntitlement } from "../../api/program-api.ts";
import type { TFamily } from "../../api/registry-api.ts";
import { useProgramFormat } from "../../programs/program-format.ts";
import { ProblemAlert } from "../../ui/problem-alert.tsx";
import { numberColumn, ScrollTable } from "../../ui/scroll-table.tsx";

function StatusText({ line, maks }: { line: TEntitlementLine; maks: number }) {
  const { t } = useTranslation();
  if (line.dihitung) return <Badge color="green">{t("entitlement.dihitung")}</Badge>;
  return (
    <Text size="sm" c="dimmed">
      {line.alasan === "satu_per_anggota"
        ? t("entitlement.satu_per_anggota")
        : t("entitlement.melebihi_batas", { maks })}
    </Text>
  );
}

/**
 * The family's PKH entitlement for a stage, component by component: the year and stage are chosen
 * (the server picks the current one first), and each line says whether it counts and why not.
 */
export function EntitlementSection({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const format = useProgramFormat();
  const phone = useMediaQuery("(max-width: 48em)", false, { getInitialValueInEffect: false });
  const [chosen, setChosen] = useState<{ tahun: number; tahap: number } | null>(null);
  const entitlement = useEntitlement(family.id, chosen);
  const data = entitlement.data;
  const stage = chosen ?? (data ? { tahun: data.tahun, tahap: data.tahap } : null);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - 4 + i));
  const stages = Array.from({ length: data?.jumlahTahap ?? 4 }, (_, i) => String(i + 1));
  const lines = data?.components ?? [];
  return (
    <Card withBorder data-testid="family-entitlement">
      <Group justify="space-between" gap="xs" wrap="wrap" mb="sm">
        <Title order={3} size="h4">
          {t("entitlement.title")}
        </Title>
        <Group gap="xs" wrap="nowrap">
          <NativeSelect
            aria-label={t("entitlement.tahun")}
            data={years}
            value={stage ? String(stage.tahun) : ""}
            disabled={!stage}
            onChange={(e) => stage && setChosen({ ...stage, tahun: Number(e.currentTarget.value) })}
            data-testid="entitlement-tahun"
          />
          <NativeSelect
            aria-label={t("entitlement.tahap")}
            data={stages.map((s) => ({ value: s, label: `${t("entitlement.tahap")} ${s}` }))}
            value={stage ? String(stage.tahap) : ""}
            disabled={!stage}
            onChange={(e) => stage && setChosen({ ...stage, tahap: Number(e.currentTarget.value) })}
            data-testid="entitlement-tahap"
          />
        </Group>
      </Group>
      {entitlement.isPending && <Loader size="sm" />}
      <ProblemAlert error={entitlement.error} />
      {data && (
        <Stack gap="sm">
          {!data.pkhAktif && (
            <Alert color="yellow" data-testid="entitlement-not-enrolled">
              {t("entitlement.notEnrolled")}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t("entitlement.countedOn", { date: format.date(data.tanggal) })}
          </Text>
          {lines.length === 0 ? (
            <Text size="sm">{t("entitlement.none")}</Text>
          ) : phone ? (
            <Stack gap="xs">
              {lines.map((line) => (
                <Card
                  key={`${line.nik}:${line.komponen}`}
                  withBorder
                  padding="xs"
                  data-testid="entitlement-line"
                >
                  <Text fw={600}>{line.nama}</Text>
                  <Text size="sm">
                    {format.komponen(line.komponen)} · {format.rupiah(line.nilai)}
                  </Text>
                  <StatusText line={line} maks={data.maks} />
                </Card>
              ))}
            </Stack>
          ) : (
            <ScrollTable
              minWidth={560}
              verticalSpacing={4}
              data-testid="entitlement-table"
              columns={[
                { label: t("entitlement.member") },
                { label: t("entitlement.component") },
                numberColumn(t("entitlement.yearly")),
                { label: t("entitlement.counted") },
              ]}
            >
              {lines.map((line) => (
                <Table.Tr key={`${line.nik}:${line.komponen}`} data-testid="entitlement-line">
                  <Table.Td fw={500}>{line.nama}</Table.Td>
                  <Table.Td>{format.komponen(line.komponen)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: "nowrap" }}>
                    {format.rupiah(line.nilai)}
                  </Table.Td>
                  <Table.Td>
                    <StatusText line={line} maks={data.maks} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </ScrollTable>
          )}
          <div>
            <Text fw={700} data-testid="entitlement-amount">
              {t("entitlement.stageAmount", { tahap: data.tahap, amount: format.rupiah(data.nominal) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t("entitlement.yearlyTotal", {
                amount: format.rupiah(data.yearlyTotal),
                stages: data.jumlahTahap,
              })}
            </Text>
            {data.tersimpan && (
              <Text size="sm" c="dimmed">
                {t("entitlement.stored", { amount: format.rupiah(data.tersimpan.nominal) })}
              </Text>
            )}
          </div>
        </Stack>
      )}
    </Card>
  );
}
