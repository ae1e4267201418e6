import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaMessageIn } from "../i18n/schema-message.ts";
import { parseNoKk, ZNoKk } from "./no-kk.ts";
import { noKkProblemMessage } from "./registry-messages.ts";
import { daysInMonth, registryNumberProblems, registryNumberWarnings } from "./registry-number.ts";

const reasonOf = (input: string) => {
  const result = parseNoKk(input);
  return result.ok ? "ok" : result.reason;
};

describe("parseNoKk", () => {
  it("reads a family card number", () => {
    expect(parseNoKk("3517181203150004")).toEqual({
      ok: true,
      noKk: "3517181203150004",
      kecamatanCode: "35.17.18",
      issueDate: { day: 12, month: 3, yearTwoDigits: 15 },
      warnings: [],
    });
  });

  it("has no +40 day: a day over 31 is impossible", () => {
    expect(reasonOf("3517185203150004")).toBe("INVALID_DATE");
    expect(reasonOf("3517183102150004")).toBe("INVALID_DATE");
    expect(reasonOf("3517180013150004")).toBe("INVALID_DATE");
    expect(reasonOf("3517182902160004")).toBe("ok");
    expect(reasonOf("3517182902170004")).toBe("INVALID_DATE");
  });

  it("rejects wrong length, non-digits, a 00 region and serial 0000", () => {
    expect(reasonOf("351718120315000")).toBe("WRONG_LENGTH");
    expect(reasonOf("35171812031500O4")).toBe("NOT_DIGITS");
    expect(reasonOf("3500181203150004")).toBe("INVALID_REGION");
    expect(reasonOf("3517181203150000")).toBe("SERIAL_ZERO");
  });

  it("warns, never fails, when the kecamatan is unknown (pemekaran)", () => {
    const result = parseNoKk("3517181203150004", { kecamatanExists: (code) => code !== "35.17.18" });
    expect(result).toMatchObject({ ok: true, warnings: ["UNKNOWN_KECAMATAN"] });
  });

  it("reads back every number built from a valid issue date", () => {
    const issue = fc
      .record({
        year: fc.integer({ min: 1900, max: 2099 }),
        month: fc.integer({ min: 1, max: 12 }),
        dayIndex: fc.nat(),
        serial: fc.integer({ min: 1, max: 9999 }),
      })
      .map((r) => ({ ...r, day: (r.dayIndex % daysInMonth(r.month, r.year)) + 1 }));
    fc.assert(
      fc.property(issue, ({ year, month, day, serial }) => {
        const pad = (value: number, width: number) => String(value).padStart(width, "0");
        const noKk = `351718${pad(day, 2)}${pad(month, 2)}${pad(year % 100, 2)}${pad(serial, 4)}`;
        expect(parseNoKk(noKk)).toMatchObject({
          ok: true,
          issueDate: { day, month, yearTwoDigits: year % 100 },
        });
      }),
    );
  });

  it("rejects every string that is not 16 digits", () => {
    fc.assert(
      fc.property(
        fc.string().filter((value) => !/^[0-9]{16}$/.test(value.trim())),
        (value) => {
          expect(parseNoKk(value).ok).toBe(false);
        },
      ),
    );
  });
});

describe("ZNoKk", () => {
  it("returns the trimmed number or fails with the Indonesian message first", () => {
    expect(ZNoKk.parse("3517181203150004 ")).toBe("3517181203150004");
    const result = ZNoKk.safeParse("3517181203150000");
    expect(result.error?.issues[0]?.message).toBe("Nomor urut No. KK tidak boleh 0000");
    expect(schemaMessageIn(result.error?.issues[0]?.message ?? "", "en")).toBe(
      "The family card serial number cannot be 0000",
    );
    expect(result.error?.issues[0]).toMatchObject({ params: { reason: "SERIAL_ZERO" } });
  });

  it("has an Indonesian and an English text for every code", () => {
    for (const code of [...registryNumberProblems, ...registryNumberWarnings]) {
      expect(noKkProblemMessage(code, "id")).not.toBe(noKkProblemMessage(code, "en"));
    }
  });
});
