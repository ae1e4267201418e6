import type { TScheduleFamily, TScheduleSummary } from "@kawal/core";
import { tanggalIndonesia } from "../../caseload/handover-letter-pages.ts";

type TPdfDocument = PDFKit.PDFDocument;

export interface TSchedulePlace {
  kecamatan: string | null;
  kabupaten: string | null;
}

const MARGIN = 48;
const ROW = 26;
/** Column x offsets and widths on A4 portrait (595 pt wide, 499 pt between the margins). */
const columns = [
  { key: "no", title: "No", width: 28, align: "right" },
  { key: "nama", title: "Nama pengurus", width: 165, align: "left" },
  { key: "kks", title: "No. KKS", width: 110, align: "left" },
  { key: "nominal", title: "Nominal (Rp)", width: 76, align: "right" },
  { key: "ttd", title: "Tanda tangan", width: 120, align: "left" },
] as const;

const rupiah = (value: number) => value.toLocaleString("id-ID");

function tableHeader(doc: TPdfDocument): void {
  let x = MARGIN;
  const y = doc.y;
  doc.font("Helvetica-Bold").fontSize(9);
  doc.rect(MARGIN, y, 499, ROW - 6).fillAndStroke("#eeeeee", "#000000");
  doc.fillColor("#000000");
  for (const c of columns) {
    doc.text(c.title, x + 4, y + 6, { width: c.width - 8, align: c.align, lineBreak: false });
    x += c.width;
  }
  doc.y = y + ROW - 6;
}

function tableRow(doc: TPdfDocument, index: number, family: TScheduleFamily): void {
  const y = doc.y;
  const values: Record<(typeof columns)[number]["key"], string> = {
    no: String(index + 1),
    nama: family.nama ?? "-",
    kks: family.noKks,
    nominal: rupiah(family.nominal),
    ttd: index % 2 === 0 ? `${index + 1}.` : `      ${index + 1}.`,
  };
  doc.font("Helvetica").fontSize(9);
  let x = MARGIN;
  for (const c of columns) {
    doc.rect(x, y, c.width, ROW).stroke();
    doc.text(values[c.key], x + 4, y + 9, {
      width: c.width - 8,
      align: c.align,
      lineBreak: false,
      ellipsis: true,
    });
    x += c.width;
  }
  doc.y = y + ROW;
}

/**
 * The printable day (A4 portrait): the agent, its desa, the date and hours, then the families to serve
 * with a signature column (alternating left and right, as a paper attendance list is signed). The table
 * continues over pages, its header repeated on each.
 */
export function writeSchedulePages(
  doc: TPdfDocument,
  day: TScheduleSummary,
  families: TScheduleFamily[],
  place: TSchedulePlace,
): void {
  doc.addPage({ size: "A4", margin: MARGIN });
  doc.font("Helvetica-Bold").fontSize(13);
  doc.text(`JADWAL PENYALURAN BANTUAN ${day.program}`, { align: "center" });
  doc.font("Helvetica").fontSize(10).text(`Periode ${day.periode}`, { align: "center" });
  doc.moveDown(0.5);
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(doc.page.width - MARGIN, doc.y)
    .stroke();
  doc.moveDown(0.8);
  const label = (name: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica").fontSize(10).text(name, MARGIN, y, { width: 110 });
    doc.font("Helvetica-Bold").text(`: ${value}`, MARGIN + 110, y, { width: 389 });
  };
  label("Agen / e-Warong", `${day.agen.nama} (${day.agen.idAgen})`);
  label("Desa/Kelurahan", day.desa.name);
  if (place.kecamatan) label("Kecamatan", place.kecamatan);
  if (place.kabupaten) label("Kabupaten/Kota", place.kabupaten);
  label("Hari, tanggal", tanggalIndonesia(day.tanggal));
  label("Jam", `${day.jamMulai} – ${day.jamSelesai}`);
  label("Jumlah KPM", `${families.length} keluarga, total Rp${rupiah(day.nominal)}`);
  if (day.catatan) label("Catatan", day.catatan);
  doc.x = MARGIN;
  doc.moveDown(1);
  tableHeader(doc);
  const bottom = doc.page.height - MARGIN - ROW;
  for (const [index, family] of families.entries()) {
    if (doc.y > bottom) {
      doc.addPage({ size: "A4", margin: MARGIN });
      tableHeader(doc);
    }
    tableRow(doc, index, family);
  }
  if (doc.y > doc.page.height - MARGIN - 110) doc.addPage({ size: "A4", margin: MARGIN });
  doc.moveDown(2);
  const y = doc.y;
  doc.font("Helvetica").fontSize(10);
  doc.text("Agen e-Warong,", MARGIN, y, { width: 200 });
  doc.text("TKSK,", doc.page.width - MARGIN - 200, y, { width: 200 });
  doc.text(day.agen.nama, MARGIN, y + 60, { width: 200 });
  doc.text("(................................)", doc.page.width - MARGIN - 200, y + 60, { width: 200 });
  doc.x = MARGIN;
}
