import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nikMatchesBirthDate, parseNik, type TSex } from "./nik.ts";
import { daysInMonth } from "./registry-number.ts";

const pad = (value: number, width: number) => String(value).padStart(width, "0");

function buildNik(parts: {
  kec?: string;
  day: number;
  month: number;
  year: number;
  sex: TSex;
  serial: number;
}) {
  const dd = parts.sex === "P" ? parts.day + 40 : parts.day;
  return `${parts.kec ?? "351718"}${pad(dd, 2)}${pad(parts.month, 2)}${pad(parts.year % 100, 2)}${pad(parts.serial, 4)}`;
}

const validBirth = fc
  .record({
    year: fc.integer({ min: 1900, max: 2099 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayIndex: fc.nat(),
    sex: fc.constantFrom<TSex>("L", "P"),
    serial: fc.integer({ min: 1, max: 9999 }),
    kec: fc.tuple(
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 1, max: 99 }),
      fc.integer({ min: 0, max: 99 }),
    ),
  })
  .map(({ year, month, dayIndex, sex, serial, kec }) => ({
    year,
    month,
    day: (dayIndex % daysInMonth(month, year)) + 1,
    sex,
    serial,
    kec: kec.map((part) => pad(part, 2)).join(""),
  }));

describe("parseNik properties", () => {
  it("reads back the date and sex of every NIK built from a valid birth", () => {
    fc.assert(
      fc.property(validBirth, (birth) => {
        const nik = buildNik(birth);
        const result = parseNik(nik);
        expect(result).toMatchObject({
          ok: true,
          nik,
          sex: birth.sex,
          birthDate: { day: birth.day, month: birth.month, yearTwoDigits: birth.year % 100 },
          kecamatanCode: `${birth.kec.slice(0, 2)}.${birth.kec.slice(2, 4)}.${birth.kec.slice(4)}`,
        });
        const isoDate = `${birth.year}-${pad(birth.month, 2)}-${pad(birth.day, 2)}`;
        expect(nikMatchesBirthDate(nik, isoDate, birth.sex)).toEqual([]);
      }),
    );
  });

  it("rejects every string that is not 16 digits", () => {
    const notSixteenDigits = fc
      .oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.stringMatching(/^[0-9]{0,30}$/))
      .filter((value) => !/^[0-9]{16}$/.test(value.trim()));
    fc.assert(
      fc.property(notSixteenDigits, (value) => {
        const result = parseNik(value);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(["NOT_DIGITS", "WRONG_LENGTH"]).toContain(result.reason);
      }),
    );
  });

  it("never throws on 16 digits, and whatever it accepts is a possible date", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{16}$/), (value) => {
        const result = parseNik(value);
        if (result.ok) {
          const { day, month } = result.birthDate;
          expect(day).toBeLessThanOrEqual(daysInMonth(month, 2000));
          expect(day).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });

  it("changes only the sex when the +40 is added to or taken off the day", () => {
    fc.assert(
      fc.property(validBirth, (birth) => {
        const man = parseNik(buildNik({ ...birth, sex: "L" }));
        const woman = parseNik(buildNik({ ...birth, sex: "P" }));
        expect(man).toMatchObject({ ok: true, sex: "L" });
        expect(woman).toMatchObject({ ok: true, sex: "P" });
        if (man.ok && woman.ok) expect(woman.birthDate).toEqual(man.birthDate);
      }),
    );
  });
});
