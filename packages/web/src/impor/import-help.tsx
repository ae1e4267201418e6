import { anggotaColumns, pesertaColumns } from "@kawal/core";
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

/** The file format in brief (FORMATS.md §1, §2); the column lists come from core, as the importers' do. */
export function ImportHelp({ kind = "anggota" }: { kind?: "anggota" | "peserta" }) {
  const { t } = useTranslation();
  const columns = kind === "peserta" ? pesertaColumns : anggotaColumns;
  return (
    <Card withBorder data-testid="import-help">
      <Stack gap="xs">
        <Text size="sm">{kind === "peserta" ? t("imporKind.pesertaIntro") : t("impor.intro")}</Text>
        <div>
          <Text size="sm" fw={600}>
            {t("impor.required")}
          </Text>
          <Columns names={columns.required} />
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t("impor.optional")}
          </Text>
          <Columns names={columns.optional} />
        </div>
        <Text size="sm" c="dimmed">
          {t("impor.wholeFile")}
        </Text>
      </Stack>
    </Card>
  );
}
