import { Alert, Button, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { formatRupiah } from "../../aid/aid-format.ts";
import { useMe } from "../../api/auth-api.ts";
import { schedulePdfUrl, useDeleteSchedule, useSchedule } from "../../api/schedule-api.ts";
import { notifyProblem, notifySuccess } from "../../ui/notify-problem.ts";
import { PrintButton } from "../../ui/print-button.tsx";
import { numberColumn, ScrollTable } from "../../ui/scroll-table.tsx";
import { useFormatDay } from "./format-day.ts";

/** One day: where and when, the families expected (masked numbers), print, and delete for the TKSK. */
export function ScheduleDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { search } = useLocation();
  const navigate = useNavigate();
  const canManage = useMe().data?.permissions.includes("schedule.manage") ?? false;
  const query = useSchedule(id);
  const remove = useDeleteSchedule();
  const [confirming, setConfirming] = useState(false);
  const back = `/penyaluran/jadwal${search}`;
  const day = query.data;

  return (
    <Stack gap="md" data-testid="schedule-detail">
      <Group>
        <Button component={Link} to={back} variant="subtle" size="xs" data-testid="schedule-back">
          ← {t("jadwal.back")}
        </Button>
      </Group>
      {query.isError && (
        <Alert color="red" data-testid="schedule-not-found">
          {t("jadwal.notFound")}
        </Alert>
      )}
      {day && (
        <>
          <Card withBorder>
            <Title order={3} size="h4">
              {t("jadwal.detailTitle", { agen: day.agen.nama })}
            </Title>
            <Text size="sm" data-testid="schedule-detail-when">
              {formatDay(day.tanggal)} · {t("jadwal.hours", { from: day.jamMulai, to: day.jamSelesai })}
            </Text>
            <Text size="sm" c="dimmed">
              {day.desa.name} · {day.program} {day.periode}
            </Text>
            {day.catatan && <Text size="sm">{day.catatan}</Text>}
            <Group gap="xs" mt="sm">
              <PrintButton href={schedulePdfUrl(day.id)} size="xs" testId="schedule-print">
                {t("jadwal.print")}
              </PrintButton>
              {canManage && !confirming && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => setConfirming(true)}
                  data-testid="schedule-delete"
                >
                  {t("jadwal.delete")}
                </Button>
              )}
            </Group>
            {confirming && (
              <Alert color="red" mt="sm">
                <Text size="sm">{t("jadwal.deleteConfirm")}</Text>
                <Group gap="xs" mt="xs">
                  <Button
                    size="xs"
                    color="red"
                    loading={remove.isPending}
                    data-testid="schedule-delete-yes"
                    onClick={() =>
                      remove.mutate(day.id, {
                        onSuccess: () => {
                          notifySuccess(t("jadwal.deleted"));
                          navigate(back);
                        },
                        onError: (error) => notifyProblem(error, t),
                      })
                    }
                  >
                    {t("jadwal.deleteYes")}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirming(false)}>
                    {t("app.cancel")}
                  </Button>
                </Group>
              </Alert>
            )}
          </Card>
          <Card withBorder>
            <Title order={4} size="h5" mb="xs">
              {t("jadwal.familiesTitle")} ({day.families})
            </Title>
            {/* Two columns, the numbers under the name: the list fits a 360-px phone without scrolling. */}
            <ScrollTable
              minWidth={300}
              striped
              data-testid="schedule-families"
              columns={[{ label: t("jadwal.nama") }, numberColumn(t("jadwal.nominal"))]}
              foot={
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th>{t("jadwal.total")}</Table.Th>
                    <Table.Th ta="right">{formatRupiah(day.nominal)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              }
            >
              {day.familyList.map((family) => (
                <Table.Tr key={family.familyId} data-testid="schedule-family">
                  <Table.Td>
                    <Text size="sm">{family.nama ?? t("jadwal.noName")}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {t("jadwal.noKks")} {family.noKks}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {t("jadwal.noKk")} {family.noKk}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{formatRupiah(family.nominal)}</Table.Td>
                </Table.Tr>
              ))}
            </ScrollTable>
          </Card>
        </>
      )}
    </Stack>
  );
}
