import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pkhEntitlement, type TPkhMemberOnDate } from "./pkh-entitlement.ts";
import { pkhComponents } from "./program-rules.ts";

const rupiah = fc.integer({ min: 0, max: 10_000_000 });
const indeksArb = fc.record(
  Object.fromEntries(pkhComponents.map((c) => [c, rupiah])) as Record<
    (typeof pkhComponents)[number],
    typeof rupiah
  >,
);
const memberArb = (i: number): fc.Arbitrary<TPkhMemberOnDate> =>
  fc.record({
    nik: fc.constant(String(1000 + i)),
    tanggalLahir: fc
      .date({ min: new Date("1920-01-01"), max: new Date("2024-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    pendidikan: fc.constantFrom(null, "SD", "smp", "SMA", "S1", "tidak sekolah"),
    hamil: fc.constantFrom(null, true, false),
    disabilitas: fc.constantFrom(null, true, false),
    aktif: fc.boolean(),
  });
const familyArb = fc
  .integer({ min: 0, max: 9 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => memberArb(i))));
const inputArb = fc.record({
  members: familyArb,
  tanggal: fc.constantFrom("2024-01-01", "2024-04-01", "2024-07-01", "2024-10-01"),
  indeks: indeksArb,
  maks: fc.integer({ min: 1, max: 8 }),
  stages: fc.integer({ min: 1, max: 12 }),
});

describe("pkhEntitlement properties", () => {
  it("never counts more than maks components, and never two of one member", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const counted = pkhEntitlement(input).components.filter((c) => c.dihitung);
        expect(counted.length).toBeLessThanOrEqual(input.maks);
        expect(new Set(counted.map((c) => c.nik)).size).toBe(counted.length);
      }),
    );
  });

  it("raising or removing the cap never lowers the amount", () => {
    fc.assert(
      fc.property(inputArb, fc.integer({ min: 0, max: 5 }), (input, more) => {
        const base = pkhEntitlement(input).nominal;
        expect(pkhEntitlement({ ...input, maks: input.maks + more }).nominal).toBeGreaterThanOrEqual(base);
        expect(pkhEntitlement({ ...input, maks: 1000 }).nominal).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it("the amount is the counted components' sum divided by the stages", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = pkhEntitlement(input);
        const sum = result.components.filter((c) => c.dihitung).reduce((s, c) => s + c.nilai, 0);
        expect(result.yearlyTotal).toBe(sum);
        expect(result.nominal).toBe(Math.floor(sum / input.stages));
      }),
    );
  });

  it("the order of members does not change the answer", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reversed = pkhEntitlement({ ...input, members: [...input.members].reverse() });
        expect(reversed).toEqual(pkhEntitlement(input));
      }),
    );
  });
});
