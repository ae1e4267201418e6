import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseloadLoad, informedPercent, isOverNorm } from "./caseload-load.ts";
import { caseloadUnitOf, ZFamilyAssignmentCreate, ZHandoverInformed } from "./caseload-schemas.ts";

describe("caseload load", () => {
  it("is the count over the norm", () => {
    expect(caseloadLoad(375, 375)).toBe(1);
    expect(caseloadLoad(400, 375)).toBe(1.067);
    expect(caseloadLoad(0, 20)).toBe(0);
    expect(isOverNorm(caseloadLoad(376, 375))).toBe(true);
    expect(isOverNorm(caseloadLoad(375, 375))).toBe(false);
  });

  it("gives no load without a positive norm", () => {
    expect(caseloadLoad(10, 0)).toBeNull();
    expect(caseloadLoad(10, null)).toBeNull();
    expect(isOverNorm(null)).toBe(false);
  });

  it("grows with the count and is over the norm exactly when the count is", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 1, max: 10_000 }), (a, b, norm) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(caseloadLoad(low, norm) ?? 0).toBeLessThanOrEqual(caseloadLoad(high, norm) ?? 0);
        // Rounding to three places never hides a count above the norm by more than a rounding step.
        if (high > norm * 1.001) expect(isOverNorm(caseloadLoad(high, norm))).toBe(true);
        if (high <= norm) expect(isOverNorm(caseloadLoad(high, norm))).toBe(false);
      }),
    );
  });

  it("reports handover progress within 0–100", () => {
    expect(informedPercent(0, 0)).toBe(100);
    expect(informedPercent(1, 3)).toBe(33);
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 500 }), fc.integer({ min: 0, max: 500 }), (i, t) => {
        const p = informedPercent(i, t);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("caseload schemas", () => {
  it("counts PKH companions in families and the others in desa", () => {
    expect(caseloadUnitOf("pendamping_pkh")).toBe("keluarga");
    expect(caseloadUnitOf("tksk")).toBe("desa");
    expect(caseloadUnitOf("psm")).toBe("desa");
  });

  it("takes families by id or by desa, not both", () => {
    const base = { userId: "7d0c7a5e-0000-4000-8000-000000000000", mulai: "2026-01-01" };
    expect(ZFamilyAssignmentCreate.safeParse({ ...base, familyIds: ["a"] }).success).toBe(true);
    expect(ZFamilyAssignmentCreate.safeParse({ ...base, desaCode: "35.17.18.2005" }).success).toBe(true);
    expect(ZFamilyAssignmentCreate.safeParse(base).success).toBe(false);
    expect(
      ZFamilyAssignmentCreate.safeParse({ ...base, familyIds: ["a"], desaCode: "35.17.18.2005" }).success,
    ).toBe(false);
  });

  it("knows the ways a family is told", () => {
    expect(ZHandoverInformed.safeParse({ cara: "kunjungan" }).success).toBe(true);
    expect(ZHandoverInformed.safeParse({ cara: "email" }).success).toBe(false);
  });
});
