import type { TScheduleSummary } from "@kawal/core";
import { Button, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formatRupiah } from "../../aid/aid-format.ts";
import { schedulePdfUrl } from "../../api/schedule-api.ts";
import { PrintButton } from "../../ui/print-button.tsx";
import { useFormatDay } from "./format-day.ts";

/** The period's days, in date order, one card each (readable on a phone): open or print. */
export function DayList({ days }: { days: TScheduleSummary[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { search } = useLocation();
  return (
    <Stack gap="sm" data-testid="schedule-days">
      <Title order={3} size="h5">
        {t("jadwal.daysTitle")}
      </Title>
      {days.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="schedule-days-empty">
          {t("jadwal.daysEmpty")}
        </Text>
      ) : (
        days.map((day) => (
          <Card key={day.id} withBorder padding="sm" data-testid="schedule-day">
            <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} size="sm">
                  {formatDay(day.tanggal)} · {t("jadwal.hours", { from: day.jamMulai, to: day.jamSelesai })}
                </Text>
                <Text size="sm" data-testid="schedule-day-agen">
                  {day.agen.nama} — {day.desa.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("jadwal.families", { count: day.families })} · {formatRupiah(day.nominal)}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button
                  component={Link}
                  to={`/penyaluran/jadwal/${day.id}${search}`}
                  size="xs"
                  variant="light"
                  data-testid="schedule-day-open"
                >
                  {t("jadwal.open")}
                </Button>
                <PrintButton
                  href={schedulePdfUrl(day.id)}
                  size="xs"
                  variant="default"
                  testId="schedule-day-print"
                >
                  {t("jadwal.print")}
                </PrintButton>
              </Group>
            </Group>
          </Card>
        ))
      )}
    </Stack>
  );
}
