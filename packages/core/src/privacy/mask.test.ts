import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MASK_CHAR, maskNumber } from "./mask.ts";

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
