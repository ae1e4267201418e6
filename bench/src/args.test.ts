import { describe, expect, it } from "vitest";
import { BenchUsageError, parseBenchArgs } from "./args.ts";

describe("parseBenchArgs", () => {
  it("runs every scenario five times by default", () => {
    expect(parseBenchArgs([])).toEqual({ scenario: undefined, runs: 5, help: false });
  });

  it("takes a scenario and a run count", () => {
    expect(parseBenchArgs(["startup", "--runs", "3"])).toEqual({ scenario: "startup", runs: 3, help: false });
  });

  it("refuses a run count that is not a positive whole number", () => {
    expect(() => parseBenchArgs(["--runs", "0"])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(["--runs", "x"])).toThrow(BenchUsageError);
  });

  it("refuses unknown options and extra words", () => {
    expect(() => parseBenchArgs(["--fast"])).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(["startup", "other"])).toThrow(BenchUsageError);
  });
});
