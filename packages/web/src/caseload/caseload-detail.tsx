import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TCompanionCaseload } from "../api/caseload-api.ts";
import { ScrollTable } from "../ui/scroll-table.tsx";

interface TCaseloadDetailProps {
  caseload: TCompanionCaseload;
  page: number;
  onPage: (page: number) => void;
}

/** A companion's desa and families (masked No. KK, links to the family page), a page at a time. */
export function CaseloadDetail({ caseload, page, onPage }: TCaseloadDetailProps) {
  const { t } = useTranslation();
  const { desa, families } = caseload;
  const pages = Math.max(1, Math.ceil(families.total / families.pageSize));
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={4}>{t("caseload.mine.desa")}</Title>
        {desa.length === 0 ? (
          <Text c="dimmed">{t("caseload.mine.noDesa")}</Text>
        ) : (
          <Group gap="xs" data-testid="my-desa">
            {desa.map((d) => (
              <Badge key={d.assignmentId} variant="light" size="lg" style={{ textTransform: "none" }}>
                {d.name}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={4}>{t("caseload.mine.families", { count: families.total })}</Title>
        {families.total === 0 ? (
          <Text c="dimmed">{t("caseload.mine.noFamilies")}</Text>
        ) : (
          <Paper withBorder radius="md">
            <ScrollTable minWidth={300} verticalSpacing="xs" data-testid="my-families">
              {families.items.map((f) => (
                <Table.Tr
                  key={f.familyId ?? `${f.desa.code}-${f.noKk}-${f.headName}`}
                  data-testid="my-family"
                >
                  <Table.Td>
                    {f.familyId ? (
                      <Anchor component={Link} to={`/keluarga/${f.familyId}`} fw={500}>
                        {f.headName ?? f.noKk}
                      </Anchor>
                    ) : (
                      <Text fw={500}>{f.headName ?? f.noKk}</Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {f.noKk} · {f.desa.name} · {t("caseload.mine.since", { date: f.mulai })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ScrollTable>
          </Paper>
        )}
        {pages > 1 && (
          <Group gap="xs">
            <Button size="xs" variant="default" disabled={page <= 1} onClick={() => onPage(page - 1)}>
              {t("caseload.mine.prev")}
            </Button>
            <Text size="sm">{t("caseload.mine.page", { page, pages })}</Text>
            <Button size="xs" variant="default" disabled={page >= pages} onClick={() => onPage(page + 1)}>
              {t("caseload.mine.next")}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
