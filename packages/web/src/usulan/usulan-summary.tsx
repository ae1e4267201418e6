import type { TUsulanDetail } from "@kawal/core";
import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { minutesUrl } from "../api/usulan-api.ts";
import { Field } from "../registry/family-header.tsx";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { useUsulanLabels } from "./usulan-labels.ts";
import { UsulanStatusBadge } from "./usulan-status-badge.tsx";

/** What is proposed, where, about whom, and the deliberation's minutes when there are some. */
export function UsulanSummary({ usulan }: { usulan: TUsulanDetail }) {
  const { t } = useTranslation();
  const labels = useUsulanLabels();
  const registry = useRegistryLabels();
  const data = Object.entries(usulan.data);
  return (
    <Card withBorder data-testid="usulan-summary">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <Title order={2} size="h3">
            {labels.what(usulan)}
          </Title>
          <UsulanStatusBadge status={usulan.status} testId="usulan-detail-status" />
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Field label={t("usulan.desa")}>{usulan.desa.name}</Field>
          {usulan.noKk && (
            <Field label={t("usulan.noKk")}>
              <Text span ff="monospace" inherit>
                {usulan.noKk}
              </Text>
            </Field>
          )}
          {usulan.nik && (
            <Field label={t("usulan.nik")}>
              <Text span ff="monospace" inherit data-testid="usulan-nik">
                {usulan.nik}
              </Text>
            </Field>
          )}
          {data.map(([key, value]) => (
            <Field key={key} label={registry.column(key)}>
              {/^tanggal/.test(key) && typeof value === "string"
                ? registry.date(value)
                : String(value ?? "—")}
            </Field>
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t("usulan.proposedBy", {
            user: usulan.proposedBy ?? "—",
            date: registry.dateTime(usulan.proposedAt),
          })}
          {usulan.musdesDate ? ` · ${t("usulan.musdesOn", { date: registry.date(usulan.musdesDate) })}` : ""}
        </Text>
        <Group gap="xs">
          {usulan.familyId && (
            <Anchor
              component={Link}
              to={`/keluarga/${usulan.familyId}`}
              size="sm"
              data-testid="usulan-family"
            >
              {t("usulan.openFamily")}
            </Anchor>
          )}
          {usulan.hasMinutes && (
            <Button
              component="a"
              href={minutesUrl(usulan.id)}
              download
              variant="light"
              size="xs"
              data-testid="usulan-minutes"
            >
              {t("usulan.minutes")}
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
