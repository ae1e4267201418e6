import { Badge, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { registrySearchLimit, type TMemberHit } from "../api/registry-api.ts";
import { useRegistryLabels } from "./registry-format.ts";

/** Search hits as cards (they fit a phone as they are); each opens the member's family. */
export function MemberHitList({ hits }: { hits: TMemberHit[] }) {
  const { t } = useTranslation();
  const labels = useRegistryLabels();
  if (hits.length === 0) {
    return (
      <Text c="dimmed" data-testid="registry-no-results">
        {t("keluarga.noResults")}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="registry-results">
      {hits.map((hit) => (
        <Card
          key={`${hit.familyId}:${hit.nik}`}
          withBorder
          padding="sm"
          component={Link}
          to={`/keluarga/${hit.familyId}`}
          data-testid="registry-hit"
        >
          <Group justify="space-between" gap="xs" wrap="wrap">
            <Text fw={600}>{hit.nama}</Text>
            <Group gap={6}>
              <Badge variant="light">{labels.hubungan(hit.hubungan)}</Badge>
              {hit.status !== "aktif" && (
                <Badge variant="light" color="gray">
                  {labels.status(hit.status)}
                </Badge>
              )}
            </Group>
          </Group>
          <Text size="sm" c="dimmed" ff="monospace" style={{ overflowWrap: "anywhere" }}>
            {t("keluarga.nik")} {hit.nik}
          </Text>
          <Text size="sm">
            {hit.desa.name} · {labels.date(hit.tanggalLahir)} ({labels.age(hit.tanggalLahir)})
          </Text>
        </Card>
      ))}
      {hits.length >= registrySearchLimit && (
        <Text size="sm" c="dimmed" data-testid="registry-more">
          {t("keluarga.moreResults", { n: hits.length })}
        </Text>
      )}
    </Stack>
  );
}
