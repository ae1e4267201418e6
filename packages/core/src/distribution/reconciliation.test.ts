import { describe, expect, it } from "vitest";
import { isLowRealisation, LOW_REALISATION_PERSEN } from "./reconciliation.ts";

describe("isLowRealisation", () => {
  it("marks a desa below the line and not one on it or above", () => {
    expect(isLowRealisation({ kuota: 100, persen: LOW_REALISATION_PERSEN - 0.1 })).toBe(true);
    expect(isLowRealisation({ kuota: 100, persen: LOW_REALISATION_PERSEN })).toBe(false);
    expect(isLowRealisation({ kuota: 100, persen: 100 })).toBe(false);
  });

  it("does not mark a desa with nobody listed, whose percentage is 0 by definition", () => {
    expect(isLowRealisation({ kuota: 0, persen: 0 })).toBe(false);
  });
});
