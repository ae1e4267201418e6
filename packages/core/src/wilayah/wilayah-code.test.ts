import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { schemaMessageIn } from "../i18n/schema-message.ts";
import {
  kabupatenCodeOf,
  NATIONAL_SCOPE,
  normalizeWilayahCode,
  parentWilayahCode,
  scopesContain,
  wilayahContains,
  wilayahLevel,
  ZWilayahCode,
} from "./wilayah-code.ts";

describe("normalizeWilayahCode", () => {
  it.each([
    ["35", "35"],
    ["3517", "35.17"],
    ["351714", "35.17.14"],
    ["3517142001", "35.17.14.2001"],
    ["35.17.14.2001", "35.17.14.2001"],
    [" 35.17 ", "35.17"],
    ["ID", NATIONAL_SCOPE],
    ["id", NATIONAL_SCOPE],
  ])("normalizes %j to %j", (input, expected) => {
    expect(normalizeWilayahCode(input)).toBe(expected);
  });

  it.each([
    "",
    "3",
    "351",
    "35.1",
    "35.171",
    "35.17.14.200",
    "35171420",
    "35.1714",
    "35-17",
    "IDN",
    "35.17.",
  ])("refuses %j", (input) => {
    expect(normalizeWilayahCode(input)).toBeNull();
  });

  it("gives the same code for the dotted and undotted form", () => {
    const code = fc
      .tuple(
        fc.stringMatching(/^[0-9]{2}$/),
        fc.stringMatching(/^[0-9]{2}$/),
        fc.stringMatching(/^[0-9]{2}$/),
      )
      .chain(([p, k, c]) =>
        fc.tuple(fc.constant([p, k, c]), fc.stringMatching(/^[0-9]{4}$/), fc.integer({ min: 1, max: 4 })),
      );
    fc.assert(
      fc.property(code, ([[p, k, c], d, depth]) => {
        const parts = [p, k, c, d].slice(0, depth);
        expect(normalizeWilayahCode(parts.join(""))).toBe(parts.join("."));
        expect(normalizeWilayahCode(parts.join("."))).toBe(parts.join("."));
      }),
    );
  });
});

describe("levels and parents", () => {
  it("reads the level, parent and kabupaten of a code", () => {
    expect(wilayahLevel("35")).toBe("provinsi");
    expect(wilayahLevel("35.17.14.2001")).toBe("desa");
    expect(() => wilayahLevel(NATIONAL_SCOPE)).toThrow();
    expect(parentWilayahCode("35.17.14")).toBe("35.17");
    expect(parentWilayahCode("35")).toBeNull();
    expect(kabupatenCodeOf("35.17.14.2001")).toBe("35.17");
    expect(kabupatenCodeOf("35")).toBeNull();
  });
});

describe("wilayahContains", () => {
  it("contains itself and everything below", () => {
    expect(wilayahContains("35.17", "35.17")).toBe(true);
    expect(wilayahContains("35.17", "35.17.18")).toBe(true);
    expect(wilayahContains("35.17", "35.17.18.2001")).toBe(true);
  });

  it("does not take a string prefix for a region prefix", () => {
    expect(wilayahContains("35.1", "35.17")).toBe(false);
    expect(wilayahContains("35.17", "35.171")).toBe(false);
    expect(wilayahContains("35.17", "35.171.01")).toBe(false);
    expect(wilayahContains("35", "351")).toBe(false);
    expect(wilayahContains("3", "35")).toBe(false);
  });

  it("does not contain what is above or beside it", () => {
    expect(wilayahContains("35.17", "35")).toBe(false);
    expect(wilayahContains("35.17", "35.18.01")).toBe(false);
    expect(wilayahContains("35", NATIONAL_SCOPE)).toBe(false);
  });

  it("treats ID as the whole country, and only the exact code", () => {
    expect(wilayahContains(NATIONAL_SCOPE, "94.01.01.2001")).toBe(true);
    expect(wilayahContains(NATIONAL_SCOPE, NATIONAL_SCOPE)).toBe(true);
    expect(wilayahContains("id", "35")).toBe(false);
  });

  it("agrees with containment by whole parts", () => {
    const code = fc.array(fc.constantFrom("35", "17", "171", "1", "18", "2001"), {
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(code, code, (scopeParts, codeParts) => {
        const byParts =
          scopeParts.length <= codeParts.length && scopeParts.every((part, i) => part === codeParts[i]);
        expect(wilayahContains(scopeParts.join("."), codeParts.join("."))).toBe(byParts);
      }),
    );
  });
});

describe("scopesContain", () => {
  it("is true when any scope contains the code, and denies by default", () => {
    expect(scopesContain(["35.17", "36"], "36.01.02")).toBe(true);
    expect(scopesContain(["35.17", "36"], "35.18")).toBe(false);
    expect(scopesContain(["35.1"], "35.17.18")).toBe(false);
    expect(scopesContain([], "35.17")).toBe(false);
    expect(scopesContain([NATIONAL_SCOPE], "35.17")).toBe(true);
  });
});

describe("ZWilayahCode", () => {
  it("normalizes or fails with the Indonesian message first", () => {
    expect(ZWilayahCode.parse("351718")).toBe("35.17.18");
    const message = ZWilayahCode.safeParse("35.1").error?.issues[0]?.message ?? "";
    expect(message).toBe("kode wilayah tidak valid");
    expect(schemaMessageIn(message, "en")).toBe("not a region code");
  });
});
