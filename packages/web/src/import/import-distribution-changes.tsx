import type { TAgenCounts, TDaftarBayarCounts } from "@kawal/core";
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TJob } from "../api/import-api.ts";
import { KabupatenChanges } from "./kabupaten-changes.tsx";

const daftarColumns = ["created", "updated", "unchanged", "nominalDiffers"] as const;
const agenColumns = ["created", "updated", "unchanged"] as const;
// A kabupaten whose rows were all already known changed nothing worth a card.
const changedBy = ["created", "updated"] as const;

/** What a payment-list import changed, per kabupaten, and the periods it opened. */
export function DaftarBayarChanges({ job }: { job: TJob<TDaftarBayarCounts> }) {
  const { t } = useTranslation();
  const result = job.result;
  const opened = result?.openedPeriods ?? [];
  return (
    <Stack gap="xs">
      {opened.length > 0 && (
        <Text size="sm" data-testid="import-opened-periods">
          {t("penyaluran.impor.openedPeriods", {
            periods: opened.map((p) => `${p.program} ${p.periode}`).join(", "),
          })}
        </Text>
      )}
      <KabupatenChanges
        changes={result?.changes ?? []}
        columns={daftarColumns}
        changedBy={changedBy}
        label={(column) => t(`penyaluran.impor.${column}`)}
      />
    </Stack>
  );
}

/** What an agent import changed, per kabupaten. */
export function AgenChanges({ job }: { job: TJob<TAgenCounts> }) {
  const { t } = useTranslation();
  const changes = job.result?.changes ?? [];
  return (
    <KabupatenChanges
      changes={changes}
      columns={agenColumns}
      changedBy={changedBy}
      label={(column) => t(`penyaluran.impor.${column}`)}
    />
  );
}
