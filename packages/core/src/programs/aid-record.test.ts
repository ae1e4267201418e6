import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ZAidRecordCreate, ZRupiah } from "./aid-record.ts";

const valid = {
  jenisPemberi: "masjid",
  pemberi: "  Masjid   Al-Ikhlas ",
  bentuk: "sembako",
  nilai: "Rp150.000",
  tanggal: "2024-05-01",
};

describe("aid record schema", () => {
  it("accepts a gift and reads the money forms of docs/formats.md", () => {
    const parsed = ZAidRecordCreate.parse(valid);
    expect(parsed.nilai).toBe(150_000);
    expect(parsed.pemberi).toBe("Masjid Al-Ikhlas");
    for (const text of ["150000", "150.000", "Rp150.000", "Rp 150.000"]) {
      expect(ZRupiah.parse(text)).toBe(150_000);
    }
    expect(ZRupiah.parse(0)).toBe(0);
  });

  it("names the field and the reason of each refusal", () => {
    const result = ZAidRecordCreate.safeParse({
      jenisPemberi: "bank",
      pemberi: " ",
      bentuk: "emas",
      nilai: "150,000",
      tanggal: "2999-01-01",
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(fields).toEqual(["bentuk", "jenisPemberi", "nilai", "pemberi", "tanggal"]);
    expect(result.error?.issues.find((i) => i.path[0] === "tanggal")?.message).toMatch(/masa depan/);
  });

  it("refuses negative, fractional and ambiguous amounts", () => {
    for (const bad of [-1, 1.5, "-5", "150,000", "abc", "", Number.NaN]) {
      expect(ZRupiah.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("reads any whole amount written with thousands dots as the same number", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999_999 }), (amount) => {
        const dotted = amount.toLocaleString("de-DE");
        expect(ZRupiah.parse(dotted)).toBe(amount);
        expect(ZRupiah.parse(`Rp${dotted}`)).toBe(amount);
        expect(ZRupiah.parse(amount)).toBe(amount);
      }),
    );
  });
});
