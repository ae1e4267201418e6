import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapHeader } from "../interchange/header.ts";
import { banks } from "./enrolment-schemas.ts";
import { checkPesertaRow, pesertaColumns, pesertaStatuses } from "./peserta-row.ts";

const header = ["program", "no_kk", "nik_pengurus", "status", "sejak", "no_kks", "bank"];
const { index } = mapHeader(header, pesertaColumns);
const good = ["sembako", "3517180101200101", "3517184101850001", "Aktif", "05/03/2024", "", "bri"];

describe("peserta row", () => {
  it("normalizes a good row", () => {
    const result = checkPesertaRow(good, index, { today: "2025-01-01" });
    expect(result).toEqual({
      ok: true,
      row: {
        program: "SEMBAKO",
        noKk: "3517180101200101",
        nikPengurus: "3517184101850001",
        status: "aktif",
        sejak: "2024-03-05",
        noKks: null,
        bank: "BRI",
      },
    });
  });

  it("names every column at fault once, in both languages", () => {
    const result = checkPesertaRow(
      ["", "123", "3517180000000000", "calon", "2030-01-01", "12ab", "BCA"],
      index,
      { today: "2025-01-01" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.column, e.code])).toEqual([
      ["program", "REQUIRED"],
      ["no_kk", "WRONG_LENGTH"],
      ["nik_pengurus", "INVALID_DATE"],
      ["status", "STATUS_INVALID"],
      ["sejak", "SEJAK_FUTURE"],
      ["no_kks", "NO_KKS_INVALID"],
      ["bank", "BANK_INVALID"],
    ]);
    for (const e of result.errors) {
      expect(e.reason.id.length).toBeGreaterThan(0);
      expect(e.reason.en.length).toBeGreaterThan(0);
    }
  });

  it("reads an unreadable date as invalid, not as missing", () => {
    const result = checkPesertaRow(good.with(4, "31/02/2024"), index);
    expect(result.ok === false && result.errors[0]?.code).toBe("SEJAK_INVALID");
  });
});

const pad = (value: number, width: number) => String(value).padStart(width, "0");
/** A valid row written in any accepted spelling, with the normalized row a check must give. */
const validRow = fc
  .record({
    program: fc.constantFrom("SEMBAKO", "PKH", "PBI", "PIP", "BST", "RTLH", "APBD_01"),
    kk: fc.integer({ min: 1, max: 9999 }),
    nik: fc.integer({ min: 1, max: 9999 }),
    status: fc.constantFrom(...pesertaStatuses),
    year: fc.integer({ min: 2000, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    dayFirst: fc.boolean(),
    kks: fc.option(fc.stringMatching(/^\d{16}$/)),
    bank: fc.option(fc.constantFrom(...banks)),
    lower: fc.boolean(),
  })
  .map((r) => {
    const iso = `${r.year}-${pad(r.month, 2)}-${pad(r.day, 2)}`;
    const row = {
      program: r.program,
      noKk: `351718010120${pad(r.kk, 4)}`,
      nikPengurus: `351718450585${pad(r.nik, 4)}`,
      status: r.status,
      sejak: iso,
      noKks: r.kks,
      bank: r.bank,
    };
    const cells = [
      r.lower ? row.program.toLowerCase() : ` ${row.program}`,
      row.noKk,
      row.nikPengurus,
      r.lower ? row.status.toUpperCase() : row.status,
      r.dayFirst ? `${r.day}/${r.month}/${r.year}` : iso,
      row.noKks ?? "",
      r.lower ? (row.bank?.toLowerCase() ?? "") : (row.bank ?? ""),
    ];
    return { row, cells };
  });

describe("peserta row properties", () => {
  it("accepts every valid row in any accepted spelling and normalizes it", () => {
    fc.assert(
      fc.property(validRow, ({ row, cells }) => {
        expect(checkPesertaRow(cells, index, { today: "2025-01-01" })).toEqual({ ok: true, row });
      }),
    );
  });

  it("blames exactly the one broken cell", () => {
    const breaks: [number, string, string][] = [
      [0, "program", "PK H"],
      [1, "no_kk", "35171801012"],
      [2, "nik_pengurus", "3517180000000000"],
      [3, "status", "calon"],
      [4, "sejak", "2024-02-30"],
      [5, "no_kks", "60190012345"],
      [6, "bank", "BCA"],
    ];
    fc.assert(
      fc.property(validRow, fc.constantFrom(...breaks), ({ cells }, [at, column, value]) => {
        const result = checkPesertaRow(cells.with(at, value), index, { today: "2025-01-01" });
        expect(result.ok === false && result.errors.map((e) => e.column)).toEqual([column]);
      }),
    );
  });
});
