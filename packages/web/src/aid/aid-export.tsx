import { useTranslation } from "react-i18next";
import { aidOverlapExportUrl } from "../api/aid-api.ts";
import { ExportCard } from "../ui/export-card.tsx";

/** The desa's overlap list as CSV or XLSX; the server audits each download. */
export function AidExport({ desa }: { desa: string }) {
  const { t } = useTranslation();
  return (
    <ExportCard
      testId="aid-export"
      title={t("aid.exportTitle")}
      help={t("aid.exportHelp")}
      href={(format) => aidOverlapExportUrl(desa, format)}
      label={(format) => (format === "csv" ? t("aid.exportCsv") : t("aid.exportXlsx"))}
    />
  );
}
