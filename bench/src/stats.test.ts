import { describe, expect, it } from "vitest";
import { summarise } from "./stats.ts";

describe("summarise", () => {
  it("takes the middle value of an odd count", () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
  });

  it("averages the two middle values of an even count", () => {
    expect(summarise([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });

  it("refuses an empty list", () => {
    expect(() => summarise([])).toThrow();
  });
});
