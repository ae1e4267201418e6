import type { TAnggotaCounts } from "@kawal/core";
import { useTranslation } from "react-i18next";
import { KabupatenChanges } from "./kabupaten-changes.tsx";

const countColumns = ["familiesInserted", "familiesUpdated", "membersInserted", "membersUpdated"] as const;

/** What an `anggota` import changed, per kabupaten (the unit the registry is stored by). */
export function ImportChanges({ changes }: { changes: TAnggotaCounts[] }) {
  const { t } = useTranslation();
  return (
    <KabupatenChanges changes={changes} columns={countColumns} label={(column) => t(`impor.${column}`)} />
  );
}
