import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMergeCounts } from "../api/import-api.ts";
import { useWilayahDetail } from "../api/wilayah-api.ts";

function KabupatenName({ code }: { code: string }) {
  const detail = useWilayahDetail(code);
  return <>{detail.data?.name ?? code}</>;
}

const countColumns = ["familiesInserted", "familiesUpdated", "membersInserted", "membersUpdated"] as const;

/** What the import changed, per kabupaten (the unit the registry is stored by); four figures fit a phone. */
export function ImportChanges({ changes }: { changes: TMergeCounts[] }) {
  const { t } = useTranslation();
  const changed = changes.filter((c) => countColumns.some((column) => c[column] > 0));
  if (changed.length === 0) return <Text size="sm">{t("impor.noChanges")}</Text>;
  return (
    <Stack gap="xs" data-testid="import-changes">
      {changed.map((c) => (
        <Paper key={c.kabCode} withBorder p="sm" data-testid={`import-changes-${c.kabCode}`}>
          <Text size="sm" fw={600} mb={4}>
            <KabupatenName code={c.kabCode} />
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
            {countColumns.map((column) => (
              <div key={column}>
                <Text size="xs" c="dimmed">
                  {t(`impor.${column}`)}
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
