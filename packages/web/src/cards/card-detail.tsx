import { Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Timeline, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../api/auth-api.ts";
import { useCard } from "../api/card-api.ts";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { ProblemAlert } from "../ui/problem-alert.tsx";
import { CardEventForm } from "./card-event-form.tsx";
import { statusColor, useCardLabels } from "./card-labels.ts";

/** One card: its state and holder, its history as a timeline, and the events it may take next. */
export function CardDetail({ cardId }: { cardId: string }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const card = useCard(cardId);
  const labels = useCardLabels();
  const registry = useRegistryLabels();
  const [formOpen, setFormOpen] = useState(false);
  const canManage = me?.permissions.includes("card.manage") ?? false;
  if (card.isPending) return <Loader size="sm" aria-label={t("kartu.loading")} />;
  if (card.isError) return <ProblemAlert error={card.error} />;
  const c = card.data;
  const final = c.nextStatuses.length === 0;
  return (
    <Stack gap="sm" data-testid="card-detail">
      <Card withBorder padding="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Text fw={700} ff="monospace" style={{ overflowWrap: "anywhere" }} data-testid="card-number">
            {c.noKks}
          </Text>
          <Badge color={statusColor[c.status]} data-testid="card-status" data-status={c.status}>
            {labels.status(c.status)}
          </Badge>
        </Group>
        <Text size="sm">
          {c.bank} · {c.kepala ?? "—"} · {c.desa.name}
        </Text>
        <Text size="sm" data-testid="card-holder" data-holder={c.pemegang.jenis}>
          {t("kartu.holderNow", {
            holder: labels.holder(c.pemegang),
            date: registry.date(c.pemegang.sejak),
          })}
        </Text>
        {c.flag && (
          <Badge color="red" mt={6} data-testid="card-detail-flag">
            {labels.why(c.flag)} · {t("kartu.days", { count: c.hari })}
          </Badge>
        )}
        {c.menggantikan && (
          <Text size="sm" c="dimmed">
            {t("kartu.replaces", { no: c.menggantikan })}
          </Text>
        )}
        {c.diganti && (
          <Anchor
            component={Link}
            to={`/kartu?kartu=${c.diganti.id}`}
            size="sm"
            data-testid="card-replaced-by"
          >
            {t("kartu.replacedBy", { no: c.diganti.noKks })}
          </Anchor>
        )}
      </Card>
      {canManage &&
        (final ? (
          <Text size="sm" c="dimmed">
            {t("kartu.final")}
          </Text>
        ) : formOpen ? (
          <Card withBorder padding="sm">
            <CardEventForm card={c} onDone={() => setFormOpen(false)} />
          </Card>
        ) : (
          <Button onClick={() => setFormOpen(true)} data-testid="card-event-open">
            {t("kartu.actions")}
          </Button>
        ))}
      <Title order={3} size="h5">
        {t("kartu.history")}
      </Title>
      <Timeline active={c.events.length - 1} bulletSize={14} lineWidth={2} data-testid="card-history">
        {[...c.events].reverse().map((e) => (
          <Timeline.Item key={e.id} title={labels.status(e.status)} data-testid="card-history-item">
            <Text size="sm">{labels.holder(e.pemegang)}</Text>
            <Text size="xs" c="dimmed">
              {registry.date(e.tanggal)}
              {e.actor ? ` · ${t("kartu.by", { name: e.actor })}` : ""}
            </Text>
            {e.catatan && <Text size="xs">{e.catatan}</Text>}
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
