import { agenColumns, anggotaColumns, daftarBayarColumns, pesertaColumns } from "@kawal/core";
import { Card, Code, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TImportKind } from "./import-page.tsx";
import { TemplateLinks } from "./template-links.tsx";

function Columns({ names }: { names: readonly string[] }) {
  return (
    <Group gap={4}>
      {names.map((name) => (
        <Code key={name}>{name}</Code>
      ))}
    </Group>
  );
}

const columnsOf = {
  anggota: anggotaColumns,
  peserta: pesertaColumns,
  daftar_bayar: daftarBayarColumns,
  agen: agenColumns,
} as const;
const introOf = {
  anggota: "impor.intro",
  peserta: "imporKind.pesertaIntro",
  daftar_bayar: "penyaluran.impor.daftarBayarIntro",
  agen: "penyaluran.impor.agenIntro",
} as const;

/** The file format in brief (docs/formats.md §1–§3, §5); the column lists come from core, as the importers' do. */
export function ImportHelp({ kind = "anggota" }: { kind?: TImportKind }) {
  const { t } = useTranslation();
  const columns = columnsOf[kind];
  return (
    <Card withBorder data-testid="import-help">
      <Stack gap="xs">
        <Text size="sm">{t(introOf[kind])}</Text>
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
        <TemplateLinks kinds={[kind]} />
      </Stack>
    </Card>
  );
}
