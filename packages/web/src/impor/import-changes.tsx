import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TMergeCounts } from "../api/import-api.ts";
import { useWilayahDetail } from "../api/wilayah-api.ts";

function KabupatenName({ code }: { code: string }) {
  const detail = useWilayahDetail(code);
  return <>{detail.data?.name ?? code}</>;
}

const countColumns = ["familiesInserted", "familiesUpdated", "membersInserted", "membersUpdated"] as const;

/** What the import changed, per kabupaten (the unit the registry is stored by). */
export function ImportChanges({ changes }: { changes: TMergeCounts[] }) {
  const { t } = useTranslation();
  const changed = changes.filter((c) => countColumns.some((column) => c[column] > 0));
  if (changed.length === 0) return <Text size="sm">{t("impor.noChanges")}</Text>;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} data-testid="import-changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("impor.kabupaten")}</Table.Th>
            {countColumns.map((column) => (
              <Table.Th key={column} ta="right">
                {t(`impor.${column}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changed.map((c) => (
            <Table.Tr key={c.kabCode}>
              <Table.Td>
                <KabupatenName code={c.kabCode} />
              </Table.Td>
              {countColumns.map((column) => (
                <Table.Td key={column} ta="right">
                  {c[column]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
