import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TFamily } from "../api/registry-api.ts";
import { useRegistryLabels } from "./registry-format.ts";

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

/** No. KK (as the server gave it: full or masked), where the family lives, and its decile. */
export function FamilyHeader({ family }: { family: TFamily }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  const head = family.members.find((member) => member.hubungan === "kepala");
  const rtRw =
    family.rt || family.rw ? t("keluarga.rtRw", { rt: family.rt ?? "—", rw: family.rw ?? "—" }) : "";
  const address = [family.alamat, rtRw].filter(Boolean).join(", ");
  return (
    <Card withBorder data-testid="family-header">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t("keluarga.family")}
            </Text>
            <Title order={2} size="h3">
              {head?.nama ?? family.desa.name}
            </Title>
          </div>
          <Group gap={6}>
            {family.desil !== null && (
              <Badge variant="light" data-testid="family-desil">
                {t("keluarga.desil")} {family.desil}
              </Badge>
            )}
            <Badge variant="light" color={family.status === "aktif" ? "teal" : "gray"}>
              {labels.status(family.status)}
            </Badge>
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Field label={t("keluarga.noKk")}>
            <Text span ff="monospace" inherit data-testid="family-no-kk">
              {family.noKk}
            </Text>
          </Field>
          <Field label={t("keluarga.desa")}>
            <Anchor component={Link} to={`/wilayah/${family.desa.code}`} inherit>
              {family.desa.name}
            </Anchor>
            <Text size="xs" c="dimmed" data-testid="family-path">
              {family.path.map((entry) => entry.name).join(" › ")}
            </Text>
          </Field>
          <Field label={t("keluarga.address")}>{address || "—"}</Field>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
