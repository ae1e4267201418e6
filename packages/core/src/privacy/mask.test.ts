import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK_CHAR, maskNumber, maskNumbersInText } from "./mask.ts";

describe("maskNumber", () => {
  it("keeps the first and last four of a NIK or No. KK", () => {
    expect(maskNumber("3517182504900001")).toBe("3517••••••••0001");
  });

  it("masks card and account numbers of other lengths", () => {
    expect(maskNumber("6013011234567890123")).toBe("6013•••••••••••0123");
    expect(maskNumber("0123456789")).toBe("0123••6789");
    expect(maskNumber("123456789")).toBe("1234•6789");
  });

  it("keeps only the last two of a short value, and nothing of a tiny one", () => {
    expect(maskNumber("12345678")).toBe("••••••78");
    expect(maskNumber("123")).toBe("•23");
    expect(maskNumber("12")).toBe("••");
    expect(maskNumber("1")).toBe("•");
    expect(maskNumber("")).toBe("");
  });

  it("never throws on a missing value", () => {
    expect(maskNumber(null)).toBe("");
    expect(maskNumber(undefined)).toBe("");
  });

  it("keeps the length and never reveals the middle", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[0-9]{0,24}$/), fc.string({ maxLength: 40 })), (value) => {
        const masked = maskNumber(value);
        expect(masked).toHaveLength(value.length);
        if (value.length >= 9) {
          expect(masked.slice(0, 4)).toBe(value.slice(0, 4));
          expect(masked.slice(-4)).toBe(value.slice(-4));
          expect(masked.slice(4, -4)).toBe(MASK_CHAR.repeat(value.length - 8));
        } else {
          const shown = value.length > 2 ? 2 : 0;
          expect(masked.slice(0, value.length - shown)).toBe(MASK_CHAR.repeat(value.length - shown));
        }
      }),
    );
  });
});

describe("maskNumbersInText", () => {
  it("masks each 16-digit number inside a text and leaves other numbers and words alone", () => {
    expect(maskNumbersInText("NIK 3517182504900001 di KK 3517180101200001; HP 081234567890")).toBe(
      "NIK 3517••••••••0001 di KK 3517••••••••0001; HP 081234567890",
    );
    expect(maskNumbersInText("17 digit 35171825049000011 tetap")).toBe("17 digit 35171825049000011 tetap");
    expect(maskNumbersInText("params: 3517182504900001,Budi")).toBe("params: 3517••••••••0001,Budi");
  });

  it("never leaves a 16-digit run in what it returns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.stringMatching(/^[0-9]{16}$/), fc.string({ maxLength: 12 }))),
        (parts) => {
          expect(maskNumbersInText(parts.join(" "))).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
        },
      ),
    );
  });
});
