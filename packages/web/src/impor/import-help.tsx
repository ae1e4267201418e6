import { anggotaColumns } from "@kawal/core";
import { Card, Code, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";

function Columns({ names }: { names: readonly string[] }) {
  return (
    <Group gap={4}>
      {names.map((name) => (
        <Code key={name}>{name}</Code>
      ))}
    </Group>
  );
}

/** The file format in brief (FORMATS.md §1); the column lists come from core, as the importer's do. */
export function ImportHelp() {
  const { t } = useTranslation();
  return (
    <Card withBorder data-testid="import-help">
      <Stack gap="xs">
        <Text size="sm">{t("impor.intro")}</Text>
        <div>
          <Text size="sm" fw={600}>
            {t("impor.required")}
          </Text>
          <Columns names={anggotaColumns.required} />
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t("impor.optional")}
          </Text>
          <Columns names={anggotaColumns.optional} />
        </div>
        <Text size="sm" c="dimmed">
          {t("impor.wholeFile")}
        </Text>
      </Stack>
    </Card>
  );
}
