import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedNextStatuses,
  checkTransition,
  enrolmentReasons,
  enrolmentStatuses,
  enrolmentTransitions,
  formatEnrolmentReason,
  parseEnrolmentReason,
  readReactivationRule,
  type TEnrolmentStatus,
  type TTransitionContext,
} from "./enrolment-machine.ts";
import { ZEnrolmentTransition } from "./enrolment-schemas.ts";

const now = new Date("2025-06-15T03:00:00Z");
const ctx = (over: Partial<TTransitionContext> = {}): TTransitionContext => ({
  since: "2024-01-01",
  tanggal: "2025-06-01",
  reactivation: null,
  now,
  ...over,
});
const anyStatus = fc.constantFrom(...enrolmentStatuses);
const inTable = (from: TEnrolmentStatus, to: TEnrolmentStatus) =>
  to in (enrolmentTransitions[from] as Record<string, string>);

describe("enrolment transitions", () => {
  it("allows exactly the table's pairs: every other pair is refused with the state and the ask", () => {
    fc.assert(
      fc.property(anyStatus, anyStatus, fc.boolean(), (from, to, ruleAllows) => {
        const reactivation = ruleAllows ? { diizinkan: true } : null;
        const check = checkTransition(from, to, ctx({ reactivation }));
        const conditional = from === "dihentikan" && to === "aktif";
        expect(check.ok).toBe(inTable(from, to) && (!conditional || ruleAllows));
        if (!check.ok) {
          expect(check.refusal.id).toContain(from);
          expect(check.refusal.id).toContain(to);
        }
      }),
    );
  });

  it("lets nothing leave graduasi", () => {
    fc.assert(
      fc.property(anyStatus, fc.boolean(), (to, ruleAllows) => {
        const check = checkTransition("graduasi", to, ctx({ reactivation: { diizinkan: ruleAllows } }));
        expect(check.ok).toBe(false);
      }),
    );
    expect(allowedNextStatuses("graduasi", true)).toEqual([]);
  });

  it("has the transitions of the domain and nothing more", () => {
    const pairs = enrolmentStatuses.flatMap((from) =>
      Object.keys(enrolmentTransitions[from]).map((to) => `${from}>${to}`),
    );
    expect(pairs.sort()).toEqual(
      [
        "calon>tervalidasi",
        "calon>dihentikan",
        "tervalidasi>aktif",
        "tervalidasi>dihentikan",
        "aktif>ditangguhkan",
        "ditangguhkan>aktif",
        "aktif>dihentikan",
        "ditangguhkan>dihentikan",
        "aktif>graduasi",
        "ditangguhkan>graduasi",
        "dihentikan>aktif",
      ].sort(),
    );
  });

  it("refuses reactivation without a rule, saying so, and allows it within the rule's months", () => {
    const refused = checkTransition("dihentikan", "aktif", ctx());
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.refusal.en).toContain("no reactivation rule");
    const rule = readReactivationRule({ diizinkan: true, dalamBulan: 12 });
    expect(checkTransition("dihentikan", "aktif", ctx({ since: "2024-07-01", reactivation: rule })).ok).toBe(
      true,
    );
    const late = checkTransition("dihentikan", "aktif", ctx({ since: "2024-01-01", reactivation: rule }));
    expect(late.ok).toBe(false);
    expect(allowedNextStatuses("dihentikan", false)).toEqual([]);
    expect(allowedNextStatuses("dihentikan", true)).toEqual(["aktif"]);
  });

  it("refuses a date in the future or before the current state began", () => {
    const future = checkTransition("aktif", "ditangguhkan", ctx({ tanggal: "2025-06-17" }));
    expect(future.ok === false && future.field).toBe("tanggal");
    const early = checkTransition("aktif", "ditangguhkan", ctx({ tanggal: "2023-12-31" }));
    expect(early.ok === false && early.field).toBe("tanggal");
  });

  it("reads only well-formed reactivation rules", () => {
    expect(readReactivationRule(null)).toBeNull();
    expect(readReactivationRule({ diizinkan: "ya" })).toBeNull();
    expect(readReactivationRule({ diizinkan: false })).toEqual({ diizinkan: false });
  });
});

describe("enrolment reasons", () => {
  it("keeps the code and the text apart in one column", () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.values(enrolmentReasons).flat()), fc.string(), (kode, text) => {
        const parsed = parseEnrolmentReason(formatEnrolmentReason(kode, text));
        expect(parsed.kode).toBe(kode);
        expect(parsed.keterangan).toBe(text.trim() ? text.trim() : null);
      }),
    );
  });

  it("keeps free text written without a code whole", () => {
    expect(parseEnrolmentReason("Graduasi mandiri: usaha cukup")).toEqual({
      kode: "Graduasi mandiri: usaha cukup",
      keterangan: null,
    });
  });

  it("accepts only the target state's codes, and 'lainnya' only with text", () => {
    const base = { ke: "ditangguhkan", tanggal: "2025-01-01" };
    expect(ZEnrolmentTransition.safeParse({ ...base, alasanKode: "data_tidak_valid" }).success).toBe(true);
    expect(ZEnrolmentTransition.safeParse({ ...base, alasanKode: "mandiri" }).success).toBe(false);
    expect(ZEnrolmentTransition.safeParse({ ...base, alasanKode: "lainnya" }).success).toBe(false);
    expect(
      ZEnrolmentTransition.safeParse({ ...base, alasanKode: "lainnya", keterangan: "sakit lama" }).success,
    ).toBe(true);
  });
});
