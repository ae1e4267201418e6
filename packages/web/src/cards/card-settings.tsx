import { Button, Group, NumberInput, Stack, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCardSettings, useUpdateCardSettings } from "../api/card-api.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** The number of days a card may stay with staff: Dinas Sosial's (and the administrator's) setting. */
export function CardSettings() {
  const { t } = useTranslation();
  const settings = useCardSettings(true);
  const update = useUpdateCardSettings();
  const [days, setDays] = useState<number | string>("");
  useEffect(() => {
    if (settings.data) setDays(settings.data.batasHariStaf);
  }, [settings.data]);
  return (
    <Stack gap={4} data-testid="card-settings">
      <Text fw={600} size="sm">
        {t("kartu.settingsTitle")}
      </Text>
      <ProblemAlert error={update.error} />
      <Group gap="xs" align="flex-end">
        <NumberInput
          label={t("kartu.settingsLabel")}
          min={0}
          max={365}
          w={120}
          value={days}
          onChange={setDays}
          data-testid="card-settings-days"
        />
        <Button
          variant="light"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { batasHariStaf: Number(days) },
              { onSuccess: () => notifySuccess(t("kartu.settingsSaved")) },
            )
          }
          data-testid="card-settings-save"
        >
          {t("kartu.submit")}
        </Button>
      </Group>
    </Stack>
  );
}
