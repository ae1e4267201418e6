import type { TPesertaCounts } from "@kawal/core";
import { useTranslation } from "react-i18next";
import type { TJob } from "../api/import-api.ts";
import { KabupatenChanges } from "./kabupaten-changes.tsx";

const countColumns = ["created", "transitioned", "updated", "unchanged"] as const;
// A kabupaten whose rows were all already known changed nothing worth a card.
const changedBy = ["created", "transitioned", "updated"] as const;

/** What a `peserta` import changed, per kabupaten. */
export function PesertaChanges({ job }: { job: TJob<TPesertaCounts> }) {
  const { t } = useTranslation();
  const changes = job.result?.changes ?? [];
  return (
    <KabupatenChanges
      changes={changes}
      columns={countColumns}
      changedBy={changedBy}
      label={(column) => t(`imporKind.${column}`)}
    />
  );
}
