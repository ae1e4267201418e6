import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TWilayahDetail } from "../api/wilayah-api.ts";

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} component="div">
        {children}
      </Text>
    </div>
  );
}

/** One desa/kelurahan: its code and the kecamatan, kabupaten/kota and province it lies in. */
export function DesaDetail({ desa }: { desa: TWilayahDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="desa-detail" aria-label={t("wilayah.detailTitle")}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <div>
            <Text size="xs" c="dimmed">
              {t("wilayah.detailTitle")}
            </Text>
            <Title order={3}>{desa.name}</Title>
          </div>
          <Badge variant="light">{t(`level.${desa.level}`)}</Badge>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Row label={t("wilayah.code")}>
            <span data-testid="desa-code">{desa.code}</span>
          </Row>
          {desa.path.map((entry) => (
            <Row key={entry.code} label={t(`level.${entry.level}`)}>
              <Anchor component={Link} to={`/wilayah/${entry.code}`} size="sm">
                {entry.name}
              </Anchor>
            </Row>
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
