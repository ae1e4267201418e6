import { Badge, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatRupiah } from "../../aid/aid-format.ts";
import { useFamilyAid } from "../../api/aid-api.ts";
import { useMe } from "../../api/auth-api.ts";
import type { TFamily } from "../../api/registry-api.ts";
import { QueryState } from "../../ui/query-state.tsx";
import { numberColumn, ScrollTable } from "../../ui/scroll-table.tsx";
import { AidForm } from "./aid-form.tsx";

/** Non-government aid the family received, beside the programmes it is in now, and the form to add one. */
export function AidSection({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const aid = useFamilyAid(family.id);
  const [adding, setAdding] = useState(false);
  const canRecord = Boolean(me?.permissions.includes("aid.record")) && family.status === "aktif";
  return (
    <Card withBorder data-testid="family-aid">
      <Group justify="space-between" mb="sm" gap="xs" wrap="wrap">
        <Title order={3} size="h4">
          {t("aid.title")}
        </Title>
        {canRecord && !adding && (
          <Button size="xs" variant="light" onClick={() => setAdding(true)} data-testid="aid-open">
            {t("aid.record")}
          </Button>
        )}
      </Group>
      {adding && (
        <Card withBorder mb="sm" padding="sm">
          {/* Mounted only while open: each opening starts a new submission. */}
          <AidForm familyId={family.id} onDone={() => setAdding(false)} />
        </Card>
      )}
      <QueryState query={aid}>
        {(data) => (
          <Stack gap="xs">
            <Group gap="xs" wrap="wrap" data-testid="aid-programs">
              <Text size="sm">{t("aid.programs")}:</Text>
              {data.programs.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("aid.programsNone")}
                </Text>
              ) : (
                data.programs.map((code) => (
                  <Badge key={code} variant="light">
                    {code}
                  </Badge>
                ))
              )}
            </Group>
            <Text size="sm" data-testid="aid-summary">
              {t("aid.summary", { count: data.items.length, total: formatRupiah(data.total) })}
            </Text>
            {data.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("aid.none")}
              </Text>
            ) : (
              <ScrollTable
                minWidth={320}
                striped
                data-testid="aid-list"
                columns={[
                  { label: t("aid.tanggal") },
                  { label: t("aid.pemberi") },
                  { label: t("aid.bentuk") },
                  numberColumn(t("aid.nilai")),
                ]}
              >
                {data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Td>{item.tanggal}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{item.pemberi}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`aid.giver.${item.jenisPemberi}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`aid.form.${item.bentuk}`)}</Text>
                      {item.uraian && (
                        <Text size="xs" c="dimmed">
                          {item.uraian}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{formatRupiah(item.nilai)}</Table.Td>
                  </Table.Tr>
                ))}
              </ScrollTable>
            )}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}
