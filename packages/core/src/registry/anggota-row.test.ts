import { describe, expect, it } from "vitest";
import { mapHeader } from "../interchange/header.ts";
import { anggotaColumns, checkAnggotaRow } from "./anggota-row.ts";
import { anggotaCells, anggotaIndex, checkChanged, validAnggotaCells } from "./anggota-row-fixture.ts";

const check = checkChanged;

describe("checkAnggotaRow: a valid row", () => {
  it("is accepted with every value normalized", () => {
    expect(check()).toEqual({
      ok: true,
      warnings: [],
      row: {
        nik: "3517186504900002",
        noKk: "3517180101200001",
        nama: "Siti Aminah",
        hubungan: "istri",
        jenisKelamin: "P",
        tanggalLahir: "1990-04-25",
        kodeDesa: "35.17.18.2001",
        alamat: "Dusun Krajan",
        rt: "001",
        rw: "002",
        desil: 3,
        pendidikan: "SMP",
        pekerjaan: "Buruh tani",
        disabilitas: false,
        hamil: true,
        statusRumah: "milik sendiri",
        lantai: "tanah",
        dinding: "bambu",
        atap: "genteng",
        jamban: "sendiri",
        sumberAir: "sumur terlindung",
        dayaListrik: "450 VA",
      },
    });
  });

  it("trims every cell and collapses the whitespace inside the name", () => {
    const result = check({
      nik: " 3517186504900002 ",
      no_kk: "3517180101200001\t",
      nama: "  Siti \u00a0 Aminah\tBinti  Ahmad ",
      alamat: "  Dusun Krajan  ",
      daya_listrik: " 900 VA ",
    });
    expect(result).toMatchObject({
      ok: true,
      row: {
        nik: "3517186504900002",
        noKk: "3517180101200001",
        nama: "Siti Aminah Binti Ahmad",
        alamat: "Dusun Krajan",
        dayaListrik: "900 VA",
      },
    });
  });

  it.each([
    ["hubungan", "ISTRI", { hubungan: "istri" }],
    ["hubungan", "Orang Tua", { hubungan: "orang_tua" }],
    ["hubungan", "orang_tua", { hubungan: "orang_tua" }],
    ["jenis_kelamin", "p", { jenisKelamin: "P" }],
    ["tanggal_lahir", "1990-04-25", { tanggalLahir: "1990-04-25" }],
    ["tanggal_lahir", "25-04-1990", { tanggalLahir: "1990-04-25" }],
    ["tanggal_lahir", "25/4/1990", { tanggalLahir: "1990-04-25" }],
    ["kode_desa", "35.17.18.2001", { kodeDesa: "35.17.18.2001" }],
    ["desil", "10", { desil: 10 }],
    ["desil", "01", { desil: 1 }],
    ["desil", "", { desil: null }],
    ["disabilitas", "YA", { disabilitas: true }],
    ["disabilitas", "", { disabilitas: null }],
    ["hamil", "t", { hamil: false }],
    ["hamil", "", { hamil: null }],
    ["alamat", "   ", { alamat: null }],
  ] as const)("reads %s %j", (column, value, expected) => {
    expect(check({ [column]: value })).toMatchObject({ ok: true, row: expected });
  });

  it("accepts a man who is not pregnant, or whose pregnancy is not stated", () => {
    const man = { nik: "3517182504900002", jenis_kelamin: "L", hubungan: "kepala" };
    expect(check({ ...man, hamil: "tidak" })).toMatchObject({ ok: true, row: { jenisKelamin: "L" } });
    expect(check({ ...man, hamil: "" })).toMatchObject({ ok: true, row: { hamil: null } });
  });

  it("gives null optional values when the header has only the required columns", () => {
    const { index } = mapHeader(anggotaColumns.required, anggotaColumns);
    const cells = anggotaColumns.required.map((column) => validAnggotaCells[column]);
    const result = checkAnggotaRow(cells, index);
    expect(result).toMatchObject({
      ok: true,
      row: { alamat: null, desil: null, disabilitas: null, hamil: null, dayaListrik: null },
    });
  });

  it("reads missing trailing cells of a short row as empty", () => {
    const cells = anggotaCells().slice(0, anggotaColumns.required.length + 1);
    expect(checkAnggotaRow(cells, anggotaIndex)).toMatchObject({
      ok: true,
      row: { alamat: "Dusun Krajan", rt: null, hamil: null },
    });
  });

  it("reads the columns wherever the header puts them", () => {
    const header = [...anggotaColumns.optional, ...anggotaColumns.required].reverse();
    const { index } = mapHeader(header, anggotaColumns);
    const shuffled = checkAnggotaRow(
      header.map((column) => validAnggotaCells[column]),
      index,
    );
    expect(shuffled).toEqual(check());
  });
});

describe("checkAnggotaRow: warnings", () => {
  it("warns, without refusing, when the NIK or No. KK names an unknown kecamatan", () => {
    const result = checkAnggotaRow(anggotaCells(), anggotaIndex, { kecamatanExists: () => false });
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      {
        column: "no_kk",
        code: "UNKNOWN_KECAMATAN",
        reason: {
          id: "Kode kecamatan pada No. KK tidak dikenal (mungkin kode lama sebelum pemekaran)",
          en: "The kecamatan code in the family card number is unknown (perhaps an old code from before a split)",
        },
      },
      {
        column: "nik",
        code: "UNKNOWN_KECAMATAN",
        reason: {
          id: "Kode kecamatan pada NIK tidak dikenal (mungkin kode lama sebelum pemekaran)",
          en: "The kecamatan code in the NIK is unknown (perhaps an old code from before a split)",
        },
      },
    ]);
  });

  it("asks about the dotted kecamatan of issue and has nothing to say when it exists", () => {
    const asked: string[] = [];
    const exists = (code: string) => asked.push(code) > 0 && code === "35.17.18";
    const result = checkAnggotaRow(anggotaCells({ no_kk: "3201010101200001" }), anggotaIndex, {
      kecamatanExists: exists,
    });
    expect(asked).toEqual(["32.01.01", "35.17.18"]);
    expect(result).toMatchObject({ ok: true, warnings: [{ column: "no_kk" }] });
  });
});
