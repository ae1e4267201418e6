import { useTranslation } from "react-i18next";
import { realisasiExportUrl } from "../../api/reconcile-api.ts";
import { ExportCard } from "../../ui/export-card.tsx";

const formats = ["csv", "xlsx", "pdf"] as const;

/** The report as CSV, XLSX or PDF: plain links, so the browser saves the server's attachment. */
export function RealisasiExport({ program, periode }: { program: string; periode: string }) {
  const { t } = useTranslation();
  const label = {
    csv: t("rekonsiliasi.exportCsv"),
    xlsx: t("rekonsiliasi.exportXlsx"),
    pdf: t("rekonsiliasi.exportPdf"),
  };
  return (
    <ExportCard
      testId="realisasi-export"
      title={t("rekonsiliasi.exportTitle")}
      help={t("rekonsiliasi.exportHelp")}
      href={(format) => realisasiExportUrl(program, periode, format)}
      label={(format) => label[format]}
      formats={formats}
    />
  );
}
