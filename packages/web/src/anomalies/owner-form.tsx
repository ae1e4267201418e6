import type { TAnomalyDetail } from "@kawal/core";
import { Button, Card, Group, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAssignOwner, useOwnerCandidates } from "../api/anomaly-api.ts";
import { useRoleLabel } from "../ui/labels.ts";
import { notifySuccess } from "../ui/notify-problem.ts";
import { PlainForm } from "../ui/plain-form.tsx";
import { ProblemAlert } from "../ui/problem-alert.tsx";

/** Gives the finding an owner, chosen among the users the server says may own it. */
export function OwnerForm({ anomaly }: { anomaly: TAnomalyDetail }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const candidates = useOwnerCandidates(anomaly.id, true);
  const assign = useAssignOwner();
  const [userId, setUserId] = useState<string | null>(null);
  const options = (candidates.data?.items ?? []).map((u) => ({
    value: u.id,
    label: `${u.fullName} · ${roleLabel(u.role as never)}`,
  }));
  return (
    <Card withBorder data-testid="anomaly-owner-form">
      <PlainForm
        onSubmit={() => {
          if (!userId) return;
          assign.mutate(
            { id: anomaly.id, userId },
            { onSuccess: () => notifySuccess(t("anomali.owner.done")) },
          );
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t("anomali.owner.title")}
          </Title>
          {anomaly.pemilik && (
            <Text size="sm" data-testid="anomaly-owner-current">
              {t("anomali.owner.current", { name: anomaly.pemilik.fullName })}
            </Text>
          )}
          {candidates.data && options.length === 0 && <Text c="dimmed">{t("anomali.owner.none")}</Text>}
          <Group align="flex-end" gap="sm" wrap="wrap">
            <Select
              label={t("anomali.owner.pick")}
              data={options}
              value={userId}
              onChange={setUserId}
              searchable
              style={{ flex: "1 1 14rem" }}
              data-testid="anomaly-owner-select"
            />
            <Button
              type="submit"
              loading={assign.isPending}
              disabled={!userId}
              data-testid="anomaly-owner-submit"
            >
              {t("anomali.owner.submit")}
            </Button>
          </Group>
          <ProblemAlert error={assign.error} />
        </Stack>
      </PlainForm>
    </Card>
  );
}
