import type { TAidOverlapFamily } from "@kawal/core";
import { Anchor, Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatRupiah } from "./aid-format.ts";

interface TAidOverlapListProps {
  title: string;
  help: string;
  families: TAidOverlapFamily[];
  testId: string;
}

/** One of the Tikor lists: each family with a link to its page, its programmes and gifts. */
export function AidOverlapList({ title, help, families, testId }: TAidOverlapListProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid={testId}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Title order={3} size="h5">
          {title}
        </Title>
        <Badge variant="light">{families.length}</Badge>
      </Group>
      <Text size="xs" c="dimmed" mb="sm">
        {help}
      </Text>
      {families.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("aid.emptyList")}
        </Text>
      ) : (
        <Stack gap={6}>
          {families.map((f) => (
            <Card key={f.familyId} withBorder padding="xs" data-testid={`${testId}-item`}>
              <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                <Stack gap={0} miw={0}>
                  <Anchor component={Link} to={`/keluarga/${f.familyId}`} size="sm" fw={600}>
                    {f.kepala ?? t("aid.noHead")}
                  </Anchor>
                  <Text size="xs" c="dimmed" ff="monospace">
                    {f.noKk}
                  </Text>
                </Stack>
                {f.sources > 0 && (
                  <Badge
                    color={f.sources >= 3 ? "orange" : "blue"}
                    variant="light"
                    tt="none"
                    style={{ flexShrink: 0 }}
                  >
                    {t("aid.sources")}: {f.sources}
                  </Badge>
                )}
              </Group>
              <Group gap={4} mt={4} wrap="wrap">
                {f.desil !== null && (
                  <Badge size="xs" variant="outline" color="gray">
                    {t("aid.desil")} {f.desil}
                  </Badge>
                )}
                {f.fakirMiskin && (
                  <Badge size="xs" variant="outline" color="grape">
                    {t("aid.fakirMiskin")}
                  </Badge>
                )}
                {f.programs.map((code) => (
                  <Badge key={code} size="xs" variant="light">
                    {code}
                  </Badge>
                ))}
                {f.gifts > 0 && (
                  <Badge size="xs" variant="light" color="teal" tt="none">
                    {t("aid.gifts")}: {f.gifts} · {formatRupiah(f.giftTotal)}
                  </Badge>
                )}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
