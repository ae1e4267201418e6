import { describe, expect, it } from "vitest";
import { mapHeader } from "../interchange/header.ts";
import {
  checkTransaksiItemRow,
  checkTransaksiRow,
  normalizeItemName,
  parseJumlah,
  parseWaktu,
  transaksiColumns,
  transaksiItemColumns,
  ZTransactionCreate,
} from "./transactions.ts";

const header = mapHeader(
  ["waktu", "periode", "program", "no_kks", "nominal", "status", "alasan", "id_agen", "id_transaksi"],
  transaksiColumns,
);
const row = (overrides: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    waktu: "2024-07-05 09:30",
    periode: "2024-07",
    program: "sembako",
    no_kks: "6019000000000001",
    nominal: "Rp200.000",
    status: "Berhasil",
    alasan: "",
    id_agen: "EW-1",
    id_transaksi: "T-1",
    ...overrides,
  };
  return checkTransaksiRow(
    ["waktu", "periode", "program", "no_kks", "nominal", "status", "alasan", "id_agen", "id_transaksi"].map(
      (c) => cells[c] ?? "",
    ),
    header.index,
  );
};
const columnsOf = (result: ReturnType<typeof row>) => (result.ok ? [] : result.errors.map((e) => e.column));

describe("parseWaktu", () => {
  it("reads ISO times with their offset, and times without one as Jakarta time", () => {
    expect(parseWaktu("2024-07-05T09:30:00+07:00")).toBe("2024-07-05T09:30:00+07:00");
    expect(parseWaktu("2024-07-05T02:30:00Z")).toBe("2024-07-05T02:30:00Z");
    expect(parseWaktu("2024-07-05T09:30:00.250+0800")).toBe("2024-07-05T09:30:00.250+08:00");
    expect(parseWaktu("2024-07-05 09:30")).toBe("2024-07-05T09:30:00+07:00");
    expect(parseWaktu("2024-07-05 09:30:15")).toBe("2024-07-05T09:30:15+07:00");
    expect(parseWaktu("2024-07-05T09:30:15")).toBe("2024-07-05T09:30:15+07:00");
  });
  it("refuses impossible dates and times and other forms", () => {
    for (const text of [
      "2024-02-30 09:30",
      "2024-07-05 24:00",
      "2024-07-05 09:61:00",
      "05/07/2024 09:30",
      "2024-07-05",
      "kemarin",
    ]) {
      expect(parseWaktu(text), text).toBeNull();
    }
  });
});

describe("checkTransaksiRow", () => {
  it("normalises a good row", () => {
    expect(row()).toEqual({
      ok: true,
      row: {
        waktu: "2024-07-05T09:30:00+07:00",
        periode: "2024-07",
        program: "SEMBAKO",
        noKks: "6019000000000001",
        nominal: 200000,
        status: "berhasil",
        alasan: null,
        idAgen: "EW-1",
        idTransaksi: "T-1",
      },
    });
  });
  it("names every column at fault with its reason", () => {
    const bad = row({
      no_kks: "6019",
      nominal: "-5.000",
      status: "ok",
      periode: "2024-13",
      id_transaksi: "",
    });
    expect(columnsOf(bad)).toEqual(["periode", "no_kks", "status", "nominal", "id_transaksi"]);
    expect(bad.ok ? "" : bad.errors.find((e) => e.column === "nominal")?.reason.id).toContain("negatif");
  });
  it("allows an amount of 0 only for a failed transaction", () => {
    expect(columnsOf(row({ nominal: "0" }))).toEqual(["nominal"]);
    expect(row({ nominal: "0", status: "gagal", alasan: "saldo nol" }).ok).toBe(true);
  });
  it("takes transaction ids of 1 to 64 characters", () => {
    expect(row({ id_transaksi: "x".repeat(64) }).ok).toBe(true);
    expect(columnsOf(row({ id_transaksi: "x".repeat(65) }))).toEqual(["id_transaksi"]);
  });
});

describe("goods lines", () => {
  it("normalises names and quantities", () => {
    expect(normalizeItemName("  Minyak   Goreng ")).toBe("minyak_goreng");
    expect(parseJumlah("2,5")).toBe("2.5");
    expect(parseJumlah("0")).toBeNull();
    const index = mapHeader([...transaksiItemColumns.required], transaksiItemColumns).index;
    expect(checkTransaksiItemRow(["T-1", "Telur Ayam", "1,5", "KG", "28.000"], index)).toEqual({
      ok: true,
      row: { idTransaksi: "T-1", komoditas: "telur_ayam", jumlah: "1.5", satuan: "kg", hargaSatuan: 28000 },
    });
  });
  it("checks a counter entry: the reason of a failure, and 0 only when it failed", () => {
    const base = { periode: "2024-07", noKks: "6019000000000001", nominal: 0, status: "gagal" };
    expect(ZTransactionCreate.safeParse(base).success).toBe(false);
    expect(ZTransactionCreate.safeParse({ ...base, alasan: "saldo nol" }).success).toBe(true);
    expect(ZTransactionCreate.safeParse({ ...base, status: "berhasil" }).success).toBe(false);
  });
});
