import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languages, pickLanguage } from "./language.ts";

describe("pickLanguage", () => {
  it.each([
    [undefined, "id"],
    ["", "id"],
    ["en", "en"],
    ["EN-gb", "en"],
    ["en-US,en;q=0.9", "en"],
    ["id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", "id"],
    ["en;q=0.5, id;q=0.9", "id"],
    ["in", "id"],
    ["fr, en;q=0.5", "en"],
    ["fr, de", "id"],
    ["*", "id"],
    ["en;q=0", "id"],
    ["en;q=abc", "id"],
    ["en, id", "en"],
    ["id, en", "id"],
  ])("picks from %j: %s", (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });

  it("always answers a supported language, whatever the header", () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        expect(languages).toContain(pickLanguage(header));
      }),
    );
  });
});
