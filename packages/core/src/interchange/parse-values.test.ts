import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysInMonth } from "../registry/registry-number.ts";
import { parseDate, parsePeriod, parseRegionCode, parseRupiah, parseYaTidak } from "./parse-values.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

const calendarDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
  .map(({ year, month, day }) => ({ year, month, day: (day % daysInMonth(month, year)) + 1 }));

describe("parseDate", () => {
  it.each([
    ["1990-04-25", "1990-04-25"],
    ["25/04/1990", "1990-04-25"],
    ["25-04-1990", "1990-04-25"],
    [" 25/04/1990 ", "1990-04-25"],
    ["5/4/1990", "1990-04-05"],
    ["05/4/1990", "1990-04-05"],
    ["5-04-1990", "1990-04-05"],
    ["2000-02-29", "2000-02-29"],
    ["29/02/2024", "2024-02-29"],
    ["31/12/1999", "1999-12-31"],
  ])("reads %j as %j", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  it.each([
    "",
    "1990-02-30",
    "1900-02-29",
    "29/02/2023",
    "31/04/1990",
    "00/01/1990",
    "01/13/1990",
    "1990-13-01",
    "1990-00-10",
    "0000-01-01",
    "25/04-1990",
    "25.04.1990",
    "1990/04/25",
    "25/04/90",
    "1990-4-25",
    "19900425",
    "25/04/1990x",
    "x5/04/1990",
    "2a/04/1990",
    "1990-04-2a",
    "123/04/1990",
  ])("refuses %j", (input) => {
    expect(parseDate(input)).toBeNull();
  });

  it("reads every calendar date in all three forms to the same ISO date", () => {
    fc.assert(
      fc.property(calendarDate, ({ year, month, day }) => {
        const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        expect(parseDate(iso)).toBe(iso);
        expect(parseDate(`${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`)).toBe(iso);
        expect(parseDate(`${day}-${month}-${pad(year, 4)}`)).toBe(iso);
      }),
    );
  });

  it("refuses the day after the end of every month", () => {
    fc.assert(
      fc.property(calendarDate, ({ year, month }) => {
        const day = daysInMonth(month, year) + 1;
        expect(parseDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBeNull();
        expect(parseDate(`${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`)).toBeNull();
      }),
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseDate(text)));
  });
});

describe("parsePeriod", () => {
  it.each([
    ["2024-01", "2024-01"],
    [" 2024-12 ", "2024-12"],
  ])("reads %j", (input, expected) => {
    expect(parsePeriod(input)).toBe(expected);
  });

  it.each(["", "2024-13", "2024-00", "2024-1", "24-01", "2024/01", "0000-05", "2024-01-01", "Jan 2024"])(
    "refuses %j",
    (input) => {
      expect(parsePeriod(input)).toBeNull();
    },
  );
});

describe("parseRupiah", () => {
  it.each([
    ["150.000", 150000],
    ["150000", 150000],
    ["Rp150.000", 150000],
    ["Rp 150.000", 150000],
    ["rp150.000", 150000],
    ["RP. 150.000", 150000],
    ["150.000,-", 150000],
    ["Rp150.000,-", 150000],
    ["150.000,00", 150000],
    ["150.000,0", 150000],
    ["150000.00", 150000],
    ["150000.0", 150000],
    ["1.500.000", 1500000],
    [" 200.000 ", 200000],
    ["0", 0],
    ["9.007.199.254.740.991", Number.MAX_SAFE_INTEGER],
  ])("reads %j as %d", (input, expected) => {
    expect(parseRupiah(input)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["Rp", "no digits"],
    ["-150.000", "negative"],
    ["Rp-150.000", "negative after Rp"],
    ["150.000,50", "non-zero cents"],
    ["150000.50", "non-zero cents after a decimal point"],
    ["150,5", "non-zero cents"],
    ["150,000", "comma thousands or decimals: ambiguous"],
    ["1,500,000", "comma thousands"],
    ["1.50.000", "a group of two"],
    ["1500.000", "a first group of four"],
    ["150.000.00", "a decimal point after grouping"],
    ["150.00,00", "two decimal parts"],
    ["150.", "a trailing dot"],
    [".150", "a leading dot"],
    ["150 000", "a space inside"],
    ["150.000,", "a bare comma"],
    ["150.000,--", "a long dash"],
    ["150.000,5x", "letters in the cents"],
    ["12abc", "letters"],
    ["9007199254740992", "beyond a safe integer"],
    ["1e5", "exponent"],
  ])("refuses %j (%s)", (input) => {
    expect(parseRupiah(input)).toBeNull();
  });

  it("reads every amount however it is written", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (amount) => {
        const grouped = amount.toLocaleString("id-ID");
        expect(parseRupiah(String(amount))).toBe(amount);
        expect(parseRupiah(grouped)).toBe(amount);
        expect(parseRupiah(`Rp${grouped}`)).toBe(amount);
        expect(parseRupiah(`Rp ${grouped},-`)).toBe(amount);
        expect(parseRupiah(`${grouped},00`)).toBe(amount);
      }),
    );
  });

  it("never throws", () => {
    fc.assert(fc.property(fc.string(), (text) => void parseRupiah(text)));
  });
});

describe("parseYaTidak", () => {
  it.each(["ya", "YA", "Ya", " y ", "Y", "true", "TRUE", "1"])("reads %j as yes", (input) => {
    expect(parseYaTidak(input)).toEqual({ ok: true, value: true });
  });

  it.each(["tidak", "TIDAK", "t", "T", "false", "False", "0"])("reads %j as no", (input) => {
    expect(parseYaTidak(input)).toEqual({ ok: true, value: false });
  });

  it.each(["", "   "])("reads %j as not stated", (input) => {
    expect(parseYaTidak(input)).toEqual({ ok: true, value: null });
  });

  it.each(["yes", "no", "iya", "2", "-", "ya tidak", "n"])("refuses %j", (input) => {
    expect(parseYaTidak(input)).toEqual({ ok: false });
  });
});

describe("parseRegionCode", () => {
  it.each([
    ["35.17.14.2001", undefined, "35.17.14.2001"],
    ["3517142001", undefined, "35.17.14.2001"],
    [" 351714 ", undefined, "35.17.14"],
    ["3517142001", "desa", "35.17.14.2001"],
    ["3517", "kabupaten", "35.17"],
    ["35", "provinsi", "35"],
    ["35.17.14", "kecamatan", "35.17.14"],
  ] as const)("reads %j (level %s) as %j", (input, level, expected) => {
    expect(parseRegionCode(input, level)).toBe(expected);
  });

  it.each([
    ["ID", undefined],
    ["id", undefined],
    ["", undefined],
    ["35.1", undefined],
    ["35.17.14", "desa"],
    ["3517142001", "kecamatan"],
    ["35", "kabupaten"],
  ] as const)("refuses %j (level %s)", (input, level) => {
    expect(parseRegionCode(input, level)).toBeNull();
  });
});
