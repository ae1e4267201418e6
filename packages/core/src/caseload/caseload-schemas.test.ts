import { describe, expect, it } from "vitest";
import { ZCaseloadNormsUpdate } from "./caseload-schemas.ts";

describe("caseload norms update", () => {
  it("takes a kabupaten code, or none for the national norms", () => {
    expect(ZCaseloadNormsUpdate.parse({ kabCode: "35.17", norms: [{ role: "psm", norma: 2 }] })).toEqual({
      kabCode: "35.17",
      norms: [{ role: "psm", norma: 2 }],
    });
    expect(ZCaseloadNormsUpdate.safeParse({ norms: [{ role: "tksk", norma: 20 }] }).success).toBe(true);
  });

  it("refuses a code that is not a kabupaten", () => {
    for (const kabCode of ["35", "35.17.18", "ID", "xx"]) {
      const result = ZCaseloadNormsUpdate.safeParse({ kabCode, norms: [{ role: "psm", norma: 2 }] });
      expect(result.success, kabCode).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(["kabCode"]);
    }
  });

  it("lets a kabupaten drop its own norm, never the national one", () => {
    expect(
      ZCaseloadNormsUpdate.safeParse({ kabCode: "35.17", norms: [{ role: "pendamping_pkh", norma: null }] })
        .success,
    ).toBe(true);
    const national = ZCaseloadNormsUpdate.safeParse({ norms: [{ role: "pendamping_pkh", norma: null }] });
    expect(national.success).toBe(false);
    expect(national.error?.issues[0]?.path).toEqual(["norms"]);
  });
});
