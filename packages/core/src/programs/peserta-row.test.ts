import { describe, expect, it } from "vitest";
import { mapHeader } from "../interchange/header.ts";
import { checkPesertaRow, pesertaColumns } from "./peserta-row.ts";

const header = ["program", "no_kk", "nik_pengurus", "status", "sejak", "no_kks", "bank"];
const { index } = mapHeader(header, pesertaColumns);
const good = ["sembako", "3517180101200101", "3517184101850001", "Aktif", "05/03/2024", "", "bri"];

describe("peserta row", () => {
  it("normalizes a good row", () => {
    const result = checkPesertaRow(good, index, { today: "2025-01-01" });
    expect(result).toEqual({
      ok: true,
      row: {
        program: "SEMBAKO",
        noKk: "3517180101200101",
        nikPengurus: "3517184101850001",
        status: "aktif",
        sejak: "2024-03-05",
        noKks: null,
        bank: "BRI",
      },
    });
  });

  it("names every column at fault once, in both languages", () => {
    const result = checkPesertaRow(
      ["", "123", "3517180000000000", "calon", "2030-01-01", "12ab", "BCA"],
      index,
      { today: "2025-01-01" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.column, e.code])).toEqual([
      ["program", "REQUIRED"],
      ["no_kk", "WRONG_LENGTH"],
      ["nik_pengurus", "INVALID_DATE"],
      ["status", "STATUS_INVALID"],
      ["sejak", "SEJAK_FUTURE"],
      ["no_kks", "NO_KKS_INVALID"],
      ["bank", "BANK_INVALID"],
    ]);
    for (const e of result.errors) {
      expect(e.reason.id.length).toBeGreaterThan(0);
      expect(e.reason.en.length).toBeGreaterThan(0);
    }
  });

  it("reads an unreadable date as invalid, not as missing", () => {
    const result = checkPesertaRow(good.with(4, "31/02/2024"), index);
    expect(result.ok === false && result.errors[0]?.code).toBe("SEJAK_INVALID");
  });
});
