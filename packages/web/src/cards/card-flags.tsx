import { Alert, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCardFlags } from "../api/card-api.ts";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { QueryState } from "../ui/query-state.tsx";
import { useCardLabels } from "./card-labels.ts";

/** Dinas Sosial's list first: who holds which card, how long, and why it is flagged. */
export function CardFlags() {
  const { t } = useTranslation();
  const flags = useCardFlags();
  const labels = useCardLabels();
  const registry = useRegistryLabels();
  return (
    <Stack gap="xs" data-testid="card-flags">
      <Title order={3} size="h4">
        {t("kartu.flagsTitle")}
      </Title>
      <QueryState query={flags} loaderLabel={t("kartu.loading")}>
        {(data) => (
          <>
            <Text size="sm" c="dimmed">
              {t("kartu.flagsHelp", { n: data.batasHariStaf })}
            </Text>
            {data.items.length === 0 ? (
              <Text size="sm" data-testid="card-flags-none">
                {t("kartu.flagsNone")}
              </Text>
            ) : (
              data.items.map((flag) => (
                <Card
                  key={flag.card.id}
                  withBorder
                  padding="sm"
                  component={Link}
                  to={`/kartu?kartu=${flag.card.id}`}
                  data-testid="card-flag"
                  data-card-id={flag.card.id}
                >
                  <Alert color={flag.why === "pendamping" ? "red" : "orange"} p="xs" mb={6}>
                    <Group justify="space-between" gap="xs" wrap="wrap">
                      <Text fw={600} size="sm" data-testid="card-flag-why">
                        {labels.why(flag.why)}
                      </Text>
                      <Badge
                        color={flag.why === "pendamping" ? "red" : "orange"}
                        data-testid="card-flag-days"
                      >
                        {t("kartu.days", { count: flag.hari })}
                      </Badge>
                    </Group>
                  </Alert>
                  <Text size="sm" ff="monospace" style={{ overflowWrap: "anywhere" }}>
                    {t("kartu.noKks")} {flag.card.noKks} · {flag.card.bank}
                  </Text>
                  <Text size="sm">
                    {flag.card.kepala ?? "—"} · {flag.card.desa.name}
                  </Text>
                  <Text size="sm" data-testid="card-flag-holder">
                    {labels.holder(flag.card.pemegang)} ·{" "}
                    {t("kartu.since", { date: registry.date(flag.sejak) })}
                  </Text>
                </Card>
              ))
            )}
          </>
        )}
      </QueryState>
    </Stack>
  );
}
