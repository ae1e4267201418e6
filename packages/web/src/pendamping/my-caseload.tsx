import {
  Anchor,
  Badge,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useHandovers, useMyCaseload } from "../api/caseload-api.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { HandoverList } from "./handover-list.tsx";

/** "Dampingan saya": the caller's desa and families (links to the family page) and the handovers it must tell. */
export function MyCaseload({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const mine = useMyCaseload(page);
  const handovers = useHandovers();
  const toTell = (handovers.data?.items ?? []).filter(
    (h) => h.ke.userId === userId && h.informed < h.families,
  );
  if (mine.isPending) {
    return (
      <Center p="lg">
        <Loader size="sm" aria-label={t("app.loading")} />
      </Center>
    );
  }
  if (mine.error) return <ProblemAlert error={mine.error} />;
  const { desa, families } = mine.data;
  const pages = Math.max(1, Math.ceil(families.total / families.pageSize));
  return (
    <Stack gap="md" data-testid="my-caseload">
      <Title order={3}>{t("caseload.mine.title")}</Title>
      <Stack gap="xs">
        <Title order={4}>{t("caseload.handovers.toTell")}</Title>
        <HandoverList handovers={toTell} empty={t("caseload.handovers.noneToTell")} />
      </Stack>
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
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="xs" data-testid="my-families">
                <Table.Tbody>
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
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        )}
        {pages > 1 && (
          <Group gap="xs">
            <Button size="xs" variant="default" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t("caseload.mine.prev")}
            </Button>
            <Text size="sm">{t("caseload.mine.page", { page, pages })}</Text>
            <Button size="xs" variant="default" disabled={page >= pages} onClick={() => setPage(page + 1)}>
              {t("caseload.mine.next")}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
