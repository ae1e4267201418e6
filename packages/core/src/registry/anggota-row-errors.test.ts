import { describe, expect, it } from "vitest";
import { mapHeader } from "../interchange/header.ts";
import { anggotaCellProblems, anggotaProblemReason } from "./anggota-messages.ts";
import { anggotaColumns, checkAnggotaRow } from "./anggota-row.ts";
import {
  anggotaCells,
  anggotaIndex,
  checkChanged as check,
  errorsOf,
  faults,
  validAnggotaCells,
} from "./anggota-row-fixture.ts";

describe("checkAnggotaRow: required columns", () => {
  it.each(anggotaColumns.required)("refuses an empty %s as required, in both languages", (column) => {
    const errors = errorsOf(check({ [column]: "  " }));
    expect(errors).toEqual([
      {
        column,
        code: "REQUIRED",
        reason: { id: `Kolom ${column} wajib diisi`, en: `The ${column} column is required` },
      },
    ]);
  });

  it("refuses a row whose header lacks a required column", () => {
    const header = anggotaColumns.required.filter((column) => column !== "kode_desa");
    const { index } = mapHeader(header, anggotaColumns);
    const result = checkAnggotaRow(
      header.map((column) => validAnggotaCells[column]),
      index,
    );
    expect(faults(result)).toEqual([["kode_desa", "REQUIRED"]]);
  });

  it("refuses an empty row once per required column, in column order", () => {
    const result = checkAnggotaRow([], anggotaIndex);
    expect(faults(result)).toEqual(anggotaColumns.required.map((column) => [column, "REQUIRED"]));
  });
});

describe("checkAnggotaRow: NIK and No. KK", () => {
  it.each([
    ["351718650490000", "WRONG_LENGTH", "NIK harus 16 digit", "A NIK must have 16 digits"],
    ["35171865049000021", "WRONG_LENGTH", "NIK harus 16 digit", "A NIK must have 16 digits"],
    ["3517 86504900002", "NOT_DIGITS", "NIK hanya boleh berisi angka", "A NIK may contain digits only"],
    ["3.51719E+15", "NOT_DIGITS", "NIK hanya boleh berisi angka", "A NIK may contain digits only"],
    ["0017186504900002", "INVALID_REGION", undefined, undefined],
    ["3517183504900002", "INVALID_DATE", "Tanggal lahir pada NIK tidak mungkin", undefined],
    ["3517186504900000", "SERIAL_ZERO", undefined, undefined],
  ])("refuses NIK %j (%s) and compares nothing with it", (nik, code, id, en) => {
    const errors = errorsOf(check({ nik }));
    expect(errors.map((error) => [error.column, error.code])).toEqual([["nik", code]]);
    if (id) expect(errors[0]?.reason.id).toBe(id);
    if (en) expect(errors[0]?.reason.en).toBe(en);
  });

  it.each([
    ["351718010120001", "WRONG_LENGTH", "No. KK harus 16 digit"],
    ["35171801012000x1", "NOT_DIGITS", "No. KK hanya boleh berisi angka"],
    ["3517183201200001", "INVALID_DATE", "Tanggal terbit pada No. KK tidak mungkin"],
    ["3517180101200000", "SERIAL_ZERO", "Nomor urut No. KK tidak boleh 0000"],
  ])("refuses No. KK %j (%s) with the No. KK message", (noKk, code, id) => {
    const errors = errorsOf(check({ no_kk: noKk }));
    expect(errors.map((error) => [error.column, error.code, error.reason.id])).toEqual([["no_kk", code, id]]);
  });
});

describe("checkAnggotaRow: what the NIK encodes", () => {
  it("refuses a birth date the NIK contradicts, blaming tanggal_lahir", () => {
    const errors = errorsOf(check({ tanggal_lahir: "26/04/1990" }));
    expect(errors).toEqual([
      {
        column: "tanggal_lahir",
        code: "BIRTH_DATE",
        reason: { id: "Tanggal lahir tidak sesuai dengan NIK", en: "The birth date does not match the NIK" },
      },
    ]);
  });

  it.each(["1991-04-25", "25/05/1990", "1990-04-26"])(
    "compares day, month and two-digit year (%s)",
    (date) => {
      expect(faults(check({ tanggal_lahir: date }))).toEqual([["tanggal_lahir", "BIRTH_DATE"]]);
    },
  );

  it("refuses sex L for a woman's NIK (day + 40), blaming jenis_kelamin and not hamil", () => {
    const errors = errorsOf(check({ jenis_kelamin: "L", hamil: "ya" }));
    expect(errors).toEqual([
      {
        column: "jenis_kelamin",
        code: "SEX",
        reason: { id: "Jenis kelamin tidak sesuai dengan NIK", en: "The sex does not match the NIK" },
      },
    ]);
  });

  it("refuses sex P for a man's NIK", () => {
    expect(faults(check({ nik: "3517182504900002", hamil: "" }))).toEqual([["jenis_kelamin", "SEX"]]);
  });

  it("reports both when date and sex disagree with the NIK", () => {
    expect(faults(check({ nik: "3517182604900002", hamil: "" }))).toEqual([
      ["jenis_kelamin", "SEX"],
      ["tanggal_lahir", "BIRTH_DATE"],
    ]);
  });

  it("still compares the sex when the date is unreadable, and the date when the sex is", () => {
    expect(faults(check({ tanggal_lahir: "31/02/1990", jenis_kelamin: "L", hamil: "" }))).toEqual([
      ["jenis_kelamin", "SEX"],
      ["tanggal_lahir", "TANGGAL_LAHIR_INVALID"],
    ]);
    expect(faults(check({ tanggal_lahir: "26/04/1990", jenis_kelamin: "W" }))).toEqual([
      ["jenis_kelamin", "JENIS_KELAMIN_INVALID"],
      ["tanggal_lahir", "BIRTH_DATE"],
    ]);
  });

  it("refuses a birth date after `today` when given one", () => {
    const cells = { nik: "3517186504300002", tanggal_lahir: "2030-04-25" };
    expect(check(cells).ok).toBe(true);
    const result = checkAnggotaRow(anggotaCells(cells), anggotaIndex, { today: "2025-06-01" });
    expect(faults(result)).toEqual([["tanggal_lahir", "TANGGAL_LAHIR_FUTURE"]]);
  });
});

describe("checkAnggotaRow: other columns", () => {
  it.each([
    ["hubungan", "bos", "HUBUNGAN_INVALID"],
    ["hubungan", "kepala keluarga", "HUBUNGAN_INVALID"],
    ["jenis_kelamin", "X", "JENIS_KELAMIN_INVALID"],
    ["jenis_kelamin", "Perempuan", "JENIS_KELAMIN_INVALID"],
    ["tanggal_lahir", "31/02/1990", "TANGGAL_LAHIR_INVALID"],
    ["tanggal_lahir", "April 1990", "TANGGAL_LAHIR_INVALID"],
    ["kode_desa", "35.17.18", "KODE_DESA_NOT_DESA"],
    ["kode_desa", "3517", "KODE_DESA_NOT_DESA"],
    ["kode_desa", "35.17.18.20", "KODE_DESA_INVALID"],
    ["kode_desa", "ID", "KODE_DESA_INVALID"],
    ["kode_desa", "Krajan", "KODE_DESA_INVALID"],
    ["desil", "0", "DESIL_INVALID"],
    ["desil", "11", "DESIL_INVALID"],
    ["desil", "3.5", "DESIL_INVALID"],
    ["desil", "tiga", "DESIL_INVALID"],
    ["disabilitas", "kadang", "YA_TIDAK_INVALID"],
    ["hamil", "mungkin", "YA_TIDAK_INVALID"],
  ] as const)("refuses %s %j (%s)", (column, value, code) => {
    const errors = errorsOf(check({ [column]: value }));
    expect(errors.map((error) => [error.column, error.code])).toEqual([[column, code]]);
    expect(errors[0]?.reason).toEqual(anggotaProblemReason(column, code));
  });

  it("refuses hamil = ya for a man", () => {
    const errors = errorsOf(check({ nik: "3517182504900002", jenis_kelamin: "L", hamil: "ya" }));
    expect(errors).toEqual([
      {
        column: "hamil",
        code: "HAMIL_LAKI_LAKI",
        reason: {
          id: "Hamil = ya tidak mungkin untuk jenis kelamin L",
          en: "Hamil (pregnant) = ya is impossible for sex L",
        },
      },
    ]);
  });

  it("names the column in ya/tidak reasons", () => {
    expect(errorsOf(check({ disabilitas: "?" }))[0]?.reason).toEqual({
      id: "Kolom disabilitas harus ya atau tidak",
      en: "The disabilitas column must be ya (yes) or tidak (no)",
    });
  });
});

describe("checkAnggotaRow: a row with many problems", () => {
  it("lists every column at fault once, in column order", () => {
    const result = check({
      no_kk: "123",
      nik: "3517186504900000",
      nama: "",
      hubungan: "bos",
      jenis_kelamin: "?",
      tanggal_lahir: "30/02/1990",
      kode_desa: "35.17",
      desil: "12",
      disabilitas: "x",
      hamil: "y?",
    });
    expect(faults(result)).toEqual([
      ["no_kk", "WRONG_LENGTH"],
      ["nik", "SERIAL_ZERO"],
      ["nama", "REQUIRED"],
      ["hubungan", "HUBUNGAN_INVALID"],
      ["jenis_kelamin", "JENIS_KELAMIN_INVALID"],
      ["tanggal_lahir", "TANGGAL_LAHIR_INVALID"],
      ["kode_desa", "KODE_DESA_NOT_DESA"],
      ["desil", "DESIL_INVALID"],
      ["disabilitas", "YA_TIDAK_INVALID"],
      ["hamil", "YA_TIDAK_INVALID"],
    ]);
  });

  it("never puts the refused value in a reason (privacy)", () => {
    const nik = "3517186504900000";
    const errors = errorsOf(check({ nik, no_kk: "351718010120000", tanggal_lahir: "26/04/1990" }));
    for (const { reason } of errors) expect(`${reason.id} ${reason.en}`).not.toMatch(/\d{15}|26\/04/);
  });
});

describe("anggotaProblemReason", () => {
  it.each(anggotaCellProblems)("has a reason in both languages for %s", (code) => {
    const reason = anggotaProblemReason("kolom_x", code);
    expect(reason.id.length).toBeGreaterThan(10);
    expect(reason.en.length).toBeGreaterThan(10);
    expect(reason.id).not.toBe(reason.en);
  });
});
