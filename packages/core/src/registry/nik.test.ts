import { describe, expect, it } from "vitest";
import { schemaMessageOf } from "../i18n/schema-message.ts";
import { nikMatchesBirthDate, parseNik, ZNik } from "./nik.ts";
import { nikMismatches, nikMismatchMessage, nikProblemMessage } from "./registry-messages.ts";
import { registryNumberProblems, registryNumberWarnings } from "./registry-number.ts";

const reasonOf = (input: string) => {
  const result = parseNik(input);
  return result.ok ? "ok" : result.reason;
};

describe("parseNik", () => {
  it("reads a man's NIK", () => {
    expect(parseNik("3517182504900001")).toEqual({
      ok: true,
      nik: "3517182504900001",
      kecamatanCode: "35.17.18",
      birthDate: { day: 25, month: 4, yearTwoDigits: 90 },
      sex: "L",
      warnings: [],
    });
  });

  it("reads a woman's NIK, taking the +40 off the day", () => {
    const result = parseNik("3517186504900002");
    expect(result).toMatchObject({ ok: true, sex: "P", birthDate: { day: 25, month: 4, yearTwoDigits: 90 } });
  });

  it("reads the edges of the day ranges of men and women", () => {
    expect(parseNik("3517180101900001")).toMatchObject({ ok: true, sex: "L", birthDate: { day: 1 } });
    expect(parseNik("3517183112900001")).toMatchObject({ ok: true, sex: "L", birthDate: { day: 31 } });
    expect(parseNik("3517184101900001")).toMatchObject({ ok: true, sex: "P", birthDate: { day: 1 } });
    expect(parseNik("3517187112900001")).toMatchObject({ ok: true, sex: "P", birthDate: { day: 31 } });
  });

  it("trims surrounding whitespace only", () => {
    expect(parseNik("  3517182504900001\n")).toMatchObject({ ok: true, nik: "3517182504900001" });
    expect(reasonOf("3517 1825 0490 0001")).toBe("NOT_DIGITS");
  });

  it("accepts 29 February when 19yy or 20yy is a leap year", () => {
    expect(reasonOf("3517182902920001")).toBe("ok"); // 1992
    expect(reasonOf("3517182902000001")).toBe("ok"); // 2000 is leap though 1900 is not
    expect(reasonOf("3517186902840001")).toBe("ok"); // a woman, 1984
    expect(reasonOf("3517182902010001")).toBe("INVALID_DATE");
    expect(reasonOf("3517186902990001")).toBe("INVALID_DATE");
  });

  it.each([
    ["31 February", "3517183102900001"],
    ["31 April", "3517183104900001"],
    ["31 April for a woman", "3517187104900001"],
    ["day 0", "3517180001900001"],
    ["day 32", "3517183201900001"],
    ["day 40 (neither a man's nor a woman's day)", "3517184001900001"],
    ["day 72", "3517187201900001"],
    ["day 99", "3517189901900001"],
    ["month 0", "3517182500900001"],
    ["month 13", "3517182513900001"],
  ])("rejects an impossible birth date: %s", (_label, nik) => {
    expect(reasonOf(nik)).toBe("INVALID_DATE");
  });

  it.each([
    ["empty", ""],
    ["15 digits", "351718250490001"],
    ["17 digits", "35171825049000011"],
  ])("rejects the wrong length: %s", (_label, nik) => {
    expect(reasonOf(nik)).toBe("WRONG_LENGTH");
  });

  it.each([
    ["letters", "35171825049000AB"],
    ["a spreadsheet's scientific notation", "3.51718E+15"],
    ["a minus sign", "-3517182504900001"],
    ["full-width digits", "３５１７１８２５０４９０００１"],
    ["Arabic-Indic digits", "٣٥١٧١٨٢٥٠٤٩٠٠٠١"],
  ])("rejects non-digits: %s", (_label, nik) => {
    expect(reasonOf(nik)).toBe("NOT_DIGITS");
  });

  it("rejects a 00 province or kabupaten code but leaves kecamatan codes to reference data", () => {
    expect(reasonOf("0017182504900001")).toBe("INVALID_REGION");
    expect(reasonOf("3500182504900001")).toBe("INVALID_REGION");
    expect(reasonOf("3517002504900001")).toBe("ok");
  });

  it("rejects serial 0000", () => {
    expect(reasonOf("3517182504900000")).toBe("SERIAL_ZERO");
    expect(reasonOf("3517182504909999")).toBe("ok");
  });

  it("reports the first problem in a fixed order", () => {
    expect(reasonOf("0000000000000000")).toBe("INVALID_REGION");
    expect(reasonOf("3517183102900000")).toBe("INVALID_DATE");
  });

  it("warns, never fails, when the kecamatan is unknown (pemekaran)", () => {
    const asked: string[] = [];
    const result = parseNik("3517182504900001", {
      kecamatanExists: (code) => {
        asked.push(code);
        return false;
      },
    });
    expect(asked).toEqual(["35.17.18"]);
    expect(result).toMatchObject({ ok: true, warnings: ["UNKNOWN_KECAMATAN"] });
    expect(parseNik("3517182504900001", { kecamatanExists: () => true })).toMatchObject({ warnings: [] });
  });
});

describe("nikMatchesBirthDate", () => {
  it("finds no mismatch when the row agrees with the NIK", () => {
    expect(nikMatchesBirthDate("3517182504900001", "1990-04-25", "L")).toEqual([]);
    expect(nikMatchesBirthDate("3517186504900002", new Date("1990-04-25"), "P")).toEqual([]);
  });

  it("names each disagreement", () => {
    expect(nikMatchesBirthDate("3517182504900001", "1990-04-25", "P")).toEqual(["SEX"]);
    expect(nikMatchesBirthDate("3517182504900001", "1990-04-26", "L")).toEqual(["BIRTH_DATE"]);
    expect(nikMatchesBirthDate("3517182504900001", "1991-04-25", "L")).toEqual(["BIRTH_DATE"]);
    expect(nikMatchesBirthDate("3517186504900002", "1990-05-25", "L")).toEqual(["BIRTH_DATE", "SEX"]);
  });

  it("reports what it cannot compare instead of passing the row", () => {
    expect(nikMatchesBirthDate("35171825049", "1990-04-25", "L")).toEqual(["NIK_INVALID"]);
    expect(nikMatchesBirthDate("3517182504900001", "1990-02-30", "L")).toEqual(["BIRTH_DATE_INVALID"]);
    expect(nikMatchesBirthDate("3517182504900001", "25/04/1990", "L")).toEqual(["BIRTH_DATE_INVALID"]);
    expect(nikMatchesBirthDate("3517182504900001", new Date(Number.NaN), "P")).toEqual([
      "BIRTH_DATE_INVALID",
      "SEX",
    ]);
    expect(nikMatchesBirthDate("x", "x", "L")).toEqual(["NIK_INVALID", "BIRTH_DATE_INVALID"]);
  });
});

describe("ZNik", () => {
  it("returns the trimmed NIK", () => {
    expect(ZNik.parse(" 3517182504900001 ")).toBe("3517182504900001");
  });

  it("fails with the Indonesian message first and the problem code", () => {
    const result = ZNik.safeParse("123");
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.message).toBe("NIK harus 16 digit");
    expect(schemaMessageOf(issue?.message ?? "")).toEqual({
      id: "NIK harus 16 digit",
      en: "A NIK must have 16 digits",
    });
    expect(issue).toMatchObject({ params: { reason: "WRONG_LENGTH" } });
  });
});

describe("messages", () => {
  it("has an Indonesian and an English text for every code", () => {
    for (const code of [...registryNumberProblems, ...registryNumberWarnings]) {
      expect(nikProblemMessage(code, "id")).not.toBe(nikProblemMessage(code, "en"));
      expect(nikProblemMessage(code, "id").length).toBeGreaterThan(0);
    }
    for (const code of nikMismatches) {
      expect(nikMismatchMessage(code, "id")).not.toBe(nikMismatchMessage(code, "en"));
    }
  });
});
