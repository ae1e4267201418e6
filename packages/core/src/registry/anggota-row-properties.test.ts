import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hubunganValues, type THubungan } from "./anggota-cells.ts";
import { checkAnggotaRow, type TAnggotaColumn, type TAnggotaRow } from "./anggota-row.ts";
import { anggotaHeader, anggotaIndex, errorsOf, type TAnggotaCells } from "./anggota-row-fixture.ts";
import type { TSex } from "./nik.ts";
import { daysInMonth } from "./registry-number.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");
const twoDigits = (min: number) => fc.integer({ min, max: 99 }).map((value) => pad(value, 2));
/** A kecamatan prefix that can be issued: province and kabupaten never 00 (docs/domain.md, "Places"). */
const kecamatan = fc.tuple(twoDigits(1), twoDigits(1), twoDigits(0)).map((parts) => parts.join(""));
const date = fc
  .record({
    year: fc.integer({ min: 1900, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.nat(),
  })
  .map(({ year, month, day }) => ({ year, month, day: (day % daysInMonth(month, year)) + 1 }));
const serial = fc.integer({ min: 1, max: 9999 }).map((value) => pad(value, 4));
/** Some text, possibly with whitespace around it. */
const padded = (text: string) => fc.constantFrom(text, ` ${text}`, `${text}\t`, `  ${text}  `);
const optionalText = fc.option(
  fc.string({ minLength: 1, maxLength: 20 }).filter((text) => text.trim() === text && text.length > 0),
);

const yaTidakSpellings = {
  true: ["ya", "YA", "y", "true", "1"],
  false: ["tidak", "Tidak", "t", "FALSE", "0"],
};
const writeYaTidak = (value: boolean | null) =>
  value === null ? fc.constant("") : fc.constantFrom(...yaTidakSpellings[`${value}`]);
const writeHubungan = (value: THubungan) =>
  fc.constantFrom(value, value.toUpperCase(), ...(value === "orang_tua" ? ["orang tua", "Orang Tua"] : []));

/** A valid row: the normalized values a check must give, and cells written in any accepted form. */
const validRow = fc
  .record({
    sex: fc.constantFrom<TSex>("L", "P"),
    birth: date,
    issue: date,
    nikKec: kecamatan,
    kkKec: kecamatan,
    nikSerial: serial,
    kkSerial: serial,
    words: fc.array(fc.stringMatching(/^[A-Za-z'.]{1,10}$/), { minLength: 1, maxLength: 4 }),
    hubungan: fc.constantFrom(...hubunganValues),
    desa: fc.tuple(twoDigits(0), twoDigits(0), twoDigits(0), fc.integer({ min: 0, max: 9999 })),
    desil: fc.option(fc.integer({ min: 1, max: 10 })),
    disabilitas: fc.option(fc.boolean()),
    pregnant: fc.option(fc.boolean()),
    texts: fc.array(optionalText, { minLength: 12, maxLength: 12 }),
  })
  .chain((v) => {
    const dd = v.sex === "P" ? v.birth.day + 40 : v.birth.day;
    const nik = `${v.nikKec}${pad(dd, 2)}${pad(v.birth.month, 2)}${pad(v.birth.year % 100, 2)}${v.nikSerial}`;
    const noKk = `${v.kkKec}${pad(v.issue.day, 2)}${pad(v.issue.month, 2)}${pad(v.issue.year % 100, 2)}${v.kkSerial}`;
    const [d, m, y] = [pad(v.birth.day, 2), pad(v.birth.month, 2), String(v.birth.year)];
    const [prov, kab, kec, desaNumber] = v.desa;
    const desa = pad(desaNumber, 4);
    const hamil = v.sex === "L" && v.pregnant ? false : v.pregnant;
    const text = (at: number) => v.texts[at] ?? null;
    /** Optional text cells: empty when not stated, or (from the sixth on) padded with whitespace. */
    const write = (at: number) => (at < 6 ? fc.constant(text(at) ?? "") : padded(text(at) ?? ""));
    const row: TAnggotaRow = {
      nik,
      noKk,
      nama: v.words.join(" "),
      hubungan: v.hubungan,
      jenisKelamin: v.sex,
      tanggalLahir: `${y}-${m}-${d}`,
      kodeDesa: `${prov}.${kab}.${kec}.${desa}`,
      alamat: text(0),
      rt: text(1),
      rw: text(2),
      desil: v.desil,
      pendidikan: text(3),
      pekerjaan: text(4),
      disabilitas: v.disabilitas,
      hamil,
      statusRumah: text(5),
      lantai: text(6),
      dinding: text(7),
      atap: text(8),
      jamban: text(9),
      sumberAir: text(10),
      dayaListrik: text(11),
    };
    const cells = fc.record<TAnggotaCells>({
      nik: padded(nik),
      no_kk: padded(noKk),
      nama: fc.constantFrom(" ", "  ", "\t", "\u00a0").map((gap) => ` ${v.words.join(gap)} `),
      hubungan: writeHubungan(v.hubungan),
      jenis_kelamin: fc.constantFrom(v.sex, v.sex.toLowerCase()),
      tanggal_lahir: fc.constantFrom(
        `${y}-${m}-${d}`,
        `${d}/${m}/${y}`,
        `${d}-${m}-${y}`,
        `${+d}/${+m}/${y}`,
      ),
      kode_desa: padded(`${prov}.${kab}.${kec}.${desa}`).chain((dotted) =>
        fc.constantFrom(dotted, dotted.replaceAll(".", "")),
      ),
      alamat: write(0),
      rt: write(1),
      rw: write(2),
      desil: fc.constant(v.desil === null ? "" : String(v.desil)),
      pendidikan: write(3),
      pekerjaan: write(4),
      disabilitas: writeYaTidak(v.disabilitas),
      hamil: writeYaTidak(hamil),
      status_rumah: write(5),
      lantai: write(6),
      dinding: write(7),
      atap: write(8),
      jamban: write(9),
      sumber_air: write(10),
      daya_listrik: write(11),
    });
    return cells.map((written) => ({ row, written, cells: anggotaHeader.map((column) => written[column]) }));
  });

describe("checkAnggotaRow properties", () => {
  it("accepts every valid row and gives back its values", () => {
    fc.assert(
      fc.property(validRow, ({ row, cells }) => {
        const result = checkAnggotaRow(cells, anggotaIndex);
        expect(result).toEqual({ ok: true, row, warnings: [] });
      }),
    );
  });

  /** Ways to spoil one column of a valid row, each wrong whatever the other columns hold. */
  function corruptions(row: TAnggotaRow): [TAnggotaColumn, string][] {
    const opposite = row.jenisKelamin === "L" ? "P" : "L";
    const [y, m, d] = row.tanggalLahir.split("-");
    return [
      ["no_kk", ""],
      ["no_kk", row.noKk.slice(1)],
      ["no_kk", `${row.noKk}0`],
      ["no_kk", `${row.noKk.slice(0, 15)}x`],
      ["no_kk", `${row.noKk.slice(0, 12)}0000`],
      ["no_kk", `${row.noKk.slice(0, 6)}32${row.noKk.slice(8)}`],
      ["nik", ""],
      ["nik", row.nik.slice(0, 15)],
      ["nik", `${row.nik.slice(0, 12)}0000`],
      ["nik", `${row.nik.slice(0, 6)}00${row.nik.slice(8)}`],
      ["nik", `00${row.nik.slice(2)}`],
      ["nik", `${row.nik.slice(0, 3)}O${row.nik.slice(4)}`],
      ["nama", "   "],
      ["hubungan", ""],
      ["hubungan", `${row.hubungan}x`],
      ["jenis_kelamin", ""],
      ["jenis_kelamin", "X"],
      ["jenis_kelamin", opposite],
      ["tanggal_lahir", ""],
      ["tanggal_lahir", `${d}.${m}.${y}`],
      ["tanggal_lahir", `${Number(y) + 1}-${m}-${d}`],
      ["tanggal_lahir", `${y}-${m}-32`],
      ["kode_desa", ""],
      ["kode_desa", row.kodeDesa.slice(0, 8)],
      ["kode_desa", `${row.kodeDesa}1`],
      ["desil", "0"],
      ["desil", "11"],
      ["desil", "-1"],
      ["disabilitas", "mungkin"],
      ["hamil", "mungkin"],
      ...(row.jenisKelamin === "L" ? [["hamil", "ya"] as [TAnggotaColumn, string]] : []),
    ];
  }

  it("blames exactly the one column that was spoiled", () => {
    fc.assert(
      fc.property(validRow, fc.nat(), ({ row, written }, pick) => {
        const options = corruptions(row);
        const [column, value] = options[pick % options.length] ?? ["nik", ""];
        const cells = anggotaHeader.map((name) => (name === column ? value : written[name]));
        const errors = errorsOf(checkAnggotaRow(cells, anggotaIndex));
        expect(errors.map((error) => error.column)).toEqual([column]);
        expect(errors[0]?.reason.id).toBeTruthy();
        expect(errors[0]?.reason.en).toBeTruthy();
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on any cells", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 25 }), (cells) => {
        void checkAnggotaRow(cells, anggotaIndex);
      }),
    );
  });
});
