import { describe, expect, it } from "vitest";
import { isLowRealisasi, LOW_REALISASI_PERSEN } from "./reconciliation.ts";

describe("isLowRealisasi", () => {
  it("marks a desa below the line and not one on it or above", () => {
    expect(isLowRealisasi({ kuota: 100, persen: LOW_REALISASI_PERSEN - 0.1 })).toBe(true);
    expect(isLowRealisasi({ kuota: 100, persen: LOW_REALISASI_PERSEN })).toBe(false);
    expect(isLowRealisasi({ kuota: 100, persen: 100 })).toBe(false);
  });

  it("does not mark a desa with nobody listed, whose percentage is 0 by definition", () => {
    expect(isLowRealisasi({ kuota: 0, persen: 0 })).toBe(false);
  });
});
