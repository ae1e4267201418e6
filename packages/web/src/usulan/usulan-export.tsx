import { useTranslation } from "react-i18next";
import { usulanExportUrl } from "../api/usulan-api.ts";
import { ExportCard } from "../ui/export-card.tsx";

/** The approved proposals as CSV or XLSX. */
export function UsulanExport() {
  const { t } = useTranslation();
  return (
    <ExportCard
      testId="usulan-export"
      title={t("usulan.export")}
      help={t("usulan.exportHelp")}
      href={(format) => usulanExportUrl("disetujui", format)}
      label={(format) => (format === "csv" ? t("usulan.exportCsv") : t("usulan.exportXlsx"))}
    />
  );
}
