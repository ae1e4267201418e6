import { Paper, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TPesertaCounts } from "../api/enrolment-api.ts";
import type { TJob } from "../api/import-api.ts";
import { useWilayahDetail } from "../api/wilayah-api.ts";

function KabupatenName({ code }: { code: string }) {
  const detail = useWilayahDetail(code);
  return <>{detail.data?.name ?? code}</>;
}

const countColumns = ["created", "transitioned", "updated", "unchanged"] as const;

/** What a `peserta` import changed, per kabupaten; four figures fit a phone in two rows. */
export function PesertaChanges({ job }: { job: TJob }) {
  const { t } = useTranslation();
  const changes = ((job.result as { changes?: TPesertaCounts[] } | null)?.changes ?? []).filter(
    (c) => c.created + c.transitioned + c.updated > 0,
  );
  if (changes.length === 0) return <Text size="sm">{t("impor.noChanges")}</Text>;
  return (
    <Stack gap="xs" data-testid="import-changes">
      {changes.map((c) => (
        <Paper key={c.kabCode} withBorder p="sm" data-testid={`import-changes-${c.kabCode}`}>
          <Text size="sm" fw={600} mb={4}>
            <KabupatenName code={c.kabCode} />
          </Text>
          <SimpleGrid cols={{ base: 2, xs: 4 }} spacing="xs">
            {countColumns.map((column) => (
              <div key={column}>
                <Text size="xs" c="dimmed">
                  {t(`imporKind.${column}`)}
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
