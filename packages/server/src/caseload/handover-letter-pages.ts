type TPdfDocument = PDFKit.PDFDocument;

export interface TLetterFamily {
  head: string | null;
  alamat: string | null;
  rt: string | null;
  rw: string | null;
  desa: string;
  kecamatan: string | null;
  kabupaten: string | null;
}

export interface TLetterCommon {
  successor: string;
  successorRole: string;
  predecessor: string;
  tanggal: string;
  /** The companion's phone, when one is known; otherwise a line is left to write it by hand. */
  phone: string | null;
}

const months = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** `2026-11-25` → `25 November 2026`, as Indonesian letters write dates. */
export function tanggalIndonesia(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${months[(m ?? 1) - 1] ?? ""} ${y}`;
}

const roleNames: Record<string, string> = {
  pendamping_pkh: "Pendamping PKH",
  tksk: "Tenaga Kesejahteraan Sosial Kecamatan (TKSK)",
  psm: "Pekerja Sosial Masyarakat (PSM)",
};

/** One A4 page: the letter telling a family who its new companion is (surat pemberitahuan pendamping baru). */
export function writeLetterPage(doc: TPdfDocument, family: TLetterFamily, common: TLetterCommon): void {
  doc.addPage({ size: "A4", margin: 64 });
  const role = roleNames[common.successorRole] ?? common.successorRole;
  const address = [family.alamat, family.rt ? `RT ${family.rt}` : null, family.rw ? `RW ${family.rw}` : null]
    .filter(Boolean)
    .join(", ");
  doc.font("Helvetica-Bold").fontSize(13);
  doc.text(`DINAS SOSIAL ${(family.kabupaten ?? "").toUpperCase()}`.trim(), { align: "center" });
  doc
    .font("Helvetica")
    .fontSize(10)
    .text("Program Keluarga Harapan dan Pendampingan Sosial", { align: "center" });
  doc.moveDown(0.5);
  doc
    .moveTo(64, doc.y)
    .lineTo(doc.page.width - 64, doc.y)
    .stroke();
  doc.moveDown(1.2);
  doc.font("Helvetica-Bold").fontSize(12).text("SURAT PEMBERITAHUAN PENDAMPING BARU", { align: "center" });
  doc.moveDown(1.5);
  doc.font("Helvetica").fontSize(11);
  doc.text("Kepada Yth.");
  doc.font("Helvetica-Bold").text(`Bapak/Ibu ${family.head ?? "Kepala Keluarga"}`);
  doc
    .font("Helvetica")
    .text(address || "Alamat: ..............................................................");
  doc.text(`Desa/Kelurahan ${family.desa}${family.kecamatan ? `, Kecamatan ${family.kecamatan}` : ""}`);
  doc.text("di tempat");
  doc.moveDown(1.2);
  doc.text("Dengan hormat,");
  doc.moveDown(0.5);
  doc.text(
    `Bersama surat ini kami beritahukan bahwa mulai tanggal ${tanggalIndonesia(common.tanggal)}, pendampingan keluarga Bapak/Ibu ` +
      `yang sebelumnya dilakukan oleh ${common.predecessor} dialihkan kepada pendamping baru:`,
    { align: "justify" },
  );
  doc.moveDown(0.8);
  // Labels and values in two fixed columns, so the colons line up whatever the font.
  const label = (name: string, value: string) => {
    const y = doc.y;
    doc.font("Helvetica").text(name, 96, y, { width: 100 });
    doc.font("Helvetica-Bold").text(value, 200, y, { width: doc.page.width - 264 });
  };
  label("Nama", `: ${common.successor}`);
  label("Jabatan", `: ${role}`);
  label("Telepon/WA", `: ${common.phone ?? "..............................................."}`);
  doc.x = 64;
  doc.moveDown(0.8);
  doc
    .font("Helvetica")
    .text(
      "Pendamping baru akan mengunjungi keluarga Bapak/Ibu atau mengundang dalam pertemuan kelompok. " +
        "Bapak/Ibu dipersilakan menghubungi pendamping tersebut untuk segala keperluan terkait bantuan sosial " +
        "dan kegiatan pendampingan.",
      64,
      doc.y,
      { align: "justify", width: doc.page.width - 128 },
    );
  doc.moveDown(0.8);
  doc.text("Demikian pemberitahuan ini kami sampaikan. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.", {
    align: "justify",
  });
  doc.moveDown(2);
  const right = doc.page.width - 64 - 220;
  // "Kabupaten Jombang" signs as "Jombang".
  const place = (family.kabupaten ?? "").replace(/^(Kabupaten|Kota)\s+/i, "");
  const dated = tanggalIndonesia(common.tanggal);
  doc.text(place ? `${place}, ${dated}` : dated, right, doc.y, { width: 220 });
  doc.text("Pendamping,", right, doc.y, { width: 220 });
  doc.moveDown(3.5);
  doc.font("Helvetica-Bold").text(common.successor, right, doc.y, { width: 220 });
  doc.x = 64;
}
