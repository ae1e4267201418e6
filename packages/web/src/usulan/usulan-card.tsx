import type { TUsulanView } from "@kawal/core";
import { Card, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useRegistryLabels } from "../registry/registry-format.ts";
import { useUsulanLabels } from "./usulan-labels.ts";
import { UsulanStatusBadge } from "./usulan-status-badge.tsx";

/** One proposal in a list: what, where, whose numbers (masked), and its state; opens the proposal. */
export function UsulanCard({ usulan }: { usulan: TUsulanView }) {
  const { t } = useTranslation();
  const labels = useUsulanLabels();
  const dates = useRegistryLabels();
  return (
    <Card withBorder padding="sm" component={Link} to={`/usulan/${usulan.id}`} data-testid="usulan-card">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text fw={600}>{labels.what(usulan)}</Text>
        <UsulanStatusBadge status={usulan.status} testId="usulan-status" />
      </Group>
      <Text size="sm">
        {/* A new family has no record yet: its head's name is what tells proposals apart. */}
        {typeof usulan.data.nama_kepala === "string" ? `${usulan.data.nama_kepala} · ` : ""}
        {usulan.desa.name}
      </Text>
      {(usulan.nik ?? usulan.noKk) && (
        <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
          {usulan.nik ? `${t("usulan.nik")} ${usulan.nik}` : `${t("usulan.noKk")} ${usulan.noKk}`}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t("usulan.proposedBy", { user: usulan.proposedBy ?? "—", date: dates.dateTime(usulan.proposedAt) })}
      </Text>
    </Card>
  );
}
