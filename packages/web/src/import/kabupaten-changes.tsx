import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useWilayahDetail } from "../api/wilayah-api.ts";

function KabupatenName({ code }: { code: string }) {
  const detail = useWilayahDetail(code);
  return <>{detail.data?.name ?? code}</>;
}

/**
 * What an import changed, per kabupaten (the unit the data is stored by); four figures fit a phone in
 * two rows. `changedBy` are the columns that make a kabupaten worth showing (all of them by default).
 */
export function KabupatenChanges<C extends string>({
  changes,
  columns,
  label,
  changedBy = columns,
}: {
  changes: readonly ({ kabCode: string } & Record<C, number>)[];
  columns: readonly C[];
  label: (column: C) => string;
  changedBy?: readonly C[];
}) {
  const { t } = useTranslation();
  const changed = changes.filter((c) => changedBy.some((column) => c[column] > 0));
  if (changed.length === 0) return <Text size="sm">{t("impor.noChanges")}</Text>;
  return (
    <Stack gap="xs" data-testid="import-changes">
      {changed.map((c) => (
        <Paper key={c.kabCode} withBorder p="sm" data-testid={`import-changes-${c.kabCode}`}>
          <Text size="sm" fw={600} mb={4}>
            <KabupatenName code={c.kabCode} />
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
            {columns.map((column) => (
              <div key={column}>
                <Text size="xs" c="dimmed">
                  {label(column)}
                </Text>
                <Text fw={600} data-testid={`import-${column}`}>
                  {c[column].toLocaleString("id-ID")}
                </Text>
              </div>
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
