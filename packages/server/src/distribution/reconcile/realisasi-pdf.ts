import { isLowRealisasi, type TLanguage, type TRealisasiReport, type TRealisasiRow } from "@kawal/core";
import PDFDocument from "pdfkit";

/** Labels of the printed report, per language. */
const labels = {
  id: {
    title: (program: string, periode: string) => `Realisasi penyaluran ${program} periode ${periode}`,
    area: "Wilayah",
    computed: "Direkonsiliasi",
    never: "belum direkonsiliasi",
    printed: "Dicetak",
    headers: [
      "Kecamatan",
      "Desa",
      "Kuota",
      "Realisasi",
      "%",
      "Tersalur",
      "Sebagian",
      "Belum",
      "Tdk terdaftar",
      "Nominal daftar (Rp)",
      "Nominal realisasi (Rp)",
      "Persen realisasi",
    ],
    total: "JUMLAH",
    page: "Halaman",
  },
  en: {
    title: (program: string, periode: string) => `${program} distribution realised, period ${periode}`,
    area: "Region",
    computed: "Reconciled",
    never: "not reconciled yet",
    printed: "Printed",
    headers: [
      "Sub-district",
      "Village",
      "Quota",
      "Realised",
      "%",
      "Full",
      "Partial",
      "None",
      "Unlisted",
      "Listed amount (Rp)",
      "Realised amount (Rp)",
      "Share realised",
    ],
    total: "TOTAL",
    page: "Page",
  },
} as const;

/** Column widths in points on A4 landscape (842 × 595, 36 pt margins: 770 wide). */
const widths = [86, 96, 44, 50, 36, 46, 46, 40, 50, 84, 84, 108];
const BAR = widths.length - 1;
const ROW_H = 16;
const MARGIN = 36;

function cells(row: Omit<TRealisasiRow, "desa" | "kecamatan">, lang: TLanguage): string[] {
  const n = (v: number) => v.toLocaleString(lang === "id" ? "id-ID" : "en-US");
  return [
    n(row.kuota),
    n(row.realisasi),
    row.persen.toFixed(1),
    n(row.tersalur),
    n(row.sebagian),
    n(row.belum),
    n(row.tidakTerdaftar),
    n(row.nominalDaftar),
    n(row.nominalRealisasi),
  ];
}

/**
 * The realisasi report as an A4 landscape table: a header (programme, period, region, when
 * reconciled), one line per desa with a bar of its share realised drawn beside it, and the totals;
 * the column header repeats on every page.
 */
export function writeRealisasiPdf(
  report: TRealisasiReport,
  area: string,
  lang: TLanguage,
  now: Date = new Date(),
): Promise<Buffer> {
  const l = labels[lang];
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    info: { Title: l.title(report.program, report.periode), Author: "Kawal" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const bottom = doc.page.height - MARGIN - ROW_H;
  let y = MARGIN;

  const line = (values: string[], bold: boolean, bar: { kuota: number; persen: number } | null) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(7.5);
    let x = MARGIN;
    values.forEach((value, i) => {
      const width = widths[i] ?? 40;
      if (i !== BAR) {
        doc.text(value, x + 2, y + 4, {
          width: width - 4,
          height: ROW_H,
          align: i < 2 ? "left" : "right",
          lineBreak: false,
          ellipsis: true,
        });
      }
      x += width;
    });
    if (bar !== null) {
      const barX = MARGIN + widths.slice(0, BAR).reduce((a, b) => a + b, 0) + 4;
      const full = (widths[BAR] ?? 100) - 8;
      doc
        .rect(barX, y + 4, full, ROW_H - 8)
        .fillColor("#e9ecef")
        .fill();
      const share = Math.max(0, Math.min(100, bar.persen)) / 100;
      // The same mark as the web page: a desa below the low-realisation line reads at a glance as the one to visit.
      doc
        .rect(barX, y + 4, full * share, ROW_H - 8)
        .fillColor(isLowRealisasi(bar) ? "#e03131" : "#2f9e44")
        .fill();
      doc.fillColor("black");
    }
    doc
      .moveTo(MARGIN, y + ROW_H)
      .lineTo(MARGIN + widths.reduce((a, b) => a + b, 0), y + ROW_H)
      .lineWidth(0.3)
      .strokeColor("#adb5bd")
      .stroke();
    y += ROW_H;
  };
  const header = () => {
    doc.font("Helvetica-Bold").fontSize(7.5);
    let x = MARGIN;
    doc
      .rect(
        MARGIN,
        y,
        widths.reduce((a, b) => a + b, 0),
        ROW_H,
      )
      .fillColor("#dee2e6")
      .fill()
      .fillColor("black");
    l.headers.forEach((h, i) => {
      const width = widths[i] ?? 40;
      doc.text(h, x + 2, y + 4, {
        width: width - 4,
        align: i < 2 ? "left" : "right",
        lineBreak: false,
        ellipsis: true,
      });
      x += width;
    });
    y += ROW_H;
  };

  doc.font("Helvetica-Bold").fontSize(14).text(l.title(report.program, report.periode), MARGIN, y);
  y = doc.y + 4;
  doc.font("Helvetica").fontSize(9);
  const computed = report.computedAt === null ? l.never : report.computedAt.replace("T", " ").slice(0, 16);
  doc.text(
    `${l.area}: ${area}    ${l.computed}: ${computed}    ${l.printed}: ${now.toISOString().replace("T", " ").slice(0, 16)} UTC`,
    MARGIN,
    y,
  );
  y = doc.y + 8;
  header();
  for (const row of report.rows) {
    if (y > bottom) {
      doc.addPage();
      y = MARGIN;
      header();
    }
    line([row.kecamatan.name, row.desa.name, ...cells(row, lang), ""], false, row);
  }
  if (y > bottom) {
    doc.addPage();
    y = MARGIN;
    header();
  }
  line(["", l.total, ...cells(report.total, lang), ""], true, report.total);
  doc.end();
  return done;
}
