import { informedWays, type TInformedWay } from "@kawal/core";
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type THandoverFamily, useMarkInformed } from "../api/caseload-api.ts";
import { newIdempotencyKey } from "../registry/events/event-dates.ts";
import { uiLocale } from "../ui/date-format.ts";
import { notifyProblem, notifySuccess } from "../ui/notify-problem.ts";

interface THandoverFamilyCardProps {
  handoverId: string;
  family: THandoverFamily;
  canInform: boolean;
}

/** One family of a handover: who it is, and whether (and how) it has been told of its new companion. */
export function HandoverFamilyCard({ handoverId, family, canInform }: THandoverFamilyCardProps) {
  const { t, i18n } = useTranslation();
  const mark = useMarkInformed(handoverId);
  const [how, setHow] = useState<TInformedWay>("kunjungan");
  // One key per marking, kept across retries so a dropped connection never marks twice.
  const key = useRef(newIdempotencyKey());
  const name = family.headName ?? family.noKk;
  const submit = () => {
    if (!family.familyId) return;
    mark.mutate(
      { familyId: family.familyId, idempotencyKey: key.current, body: { cara: how } },
      {
        onSuccess: () => {
          key.current = newIdempotencyKey();
          notifySuccess(t("caseload.handover.marked"));
        },
        onError: (error) => notifyProblem(error, t),
      },
    );
  };
  return (
    <Paper withBorder p="sm" radius="md" data-testid="handover-family" data-informed={family.informed}>
      <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
        <Stack gap={2}>
          {family.familyId ? (
            <Anchor component={Link} to={`/keluarga/${family.familyId}`} fw={500}>
              {name}
            </Anchor>
          ) : (
            <Text fw={500}>{name}</Text>
          )}
          <Text size="sm" c="dimmed">
            {family.noKk} · {family.desa.name}
          </Text>
        </Stack>
        <Badge
          color={family.informed ? "teal" : "yellow"}
          variant="light"
          style={{ minWidth: "max-content" }}
        >
          {family.informed ? t("caseload.handover.informed") : t("caseload.handover.notInformed")}
        </Badge>
      </Group>
      {family.informed && family.informedAt && (
        <Text size="xs" c="dimmed" mt={4}>
          {t("caseload.handover.informedBy", {
            how: family.informedHow ? t(`caseload.handover.ways.${family.informedHow}`) : "",
            name: family.informedBy ?? "",
            date: new Date(family.informedAt).toLocaleDateString(uiLocale(i18n.language)),
          })}
        </Text>
      )}
      {!family.informed && canInform && family.familyId && (
        <Group mt="xs" gap="xs" wrap="wrap" align="flex-end">
          <Select
            size="xs"
            label={t("caseload.handover.how")}
            data={informedWays.map((w) => ({ value: w, label: t(`caseload.handover.ways.${w}`) }))}
            value={how}
            onChange={(value) => value && setHow(value as TInformedWay)}
            allowDeselect={false}
            w={200}
          />
          <Button size="xs" loading={mark.isPending} onClick={submit} data-testid="handover-mark-informed">
            {t("caseload.handover.markInformed")}
          </Button>
        </Group>
      )}
    </Paper>
  );
}
