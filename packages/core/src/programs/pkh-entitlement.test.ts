import { describe, expect, it } from "vitest";
import { memberOnDate } from "./member-on-date.ts";
import { ageOn, pkhEntitlement, type TPkhMemberOnDate } from "./pkh-entitlement.ts";
import { ruleInForce, stageFirstDay, ZPkhIndeks, ZProgramRuleCreate, ZTahap } from "./program-rules.ts";

/** reference/pkh-index-2021.csv */
const indeks = {
  hamil: 3_000_000,
  anak_usia_dini: 3_000_000,
  sd: 900_000,
  smp: 1_500_000,
  sma: 2_000_000,
  disabilitas_berat: 2_400_000,
  lansia: 2_400_000,
};
const calendar = {
  tahap: [
    { ke: 1, bulanMulai: 1, bulanSelesai: 3 },
    { ke: 2, bulanMulai: 4, bulanSelesai: 6 },
    { ke: 3, bulanMulai: 7, bulanSelesai: 9 },
    { ke: 4, bulanMulai: 10, bulanSelesai: 12 },
  ],
};
const member = (nik: string, over: Partial<TPkhMemberOnDate>): TPkhMemberOnDate => ({
  nik,
  tanggalLahir: "1990-01-01",
  pendidikan: null,
  hamil: false,
  disabilitas: false,
  aktif: true,
  ...over,
});
const entitle = (members: TPkhMemberOnDate[], tanggal = "2024-01-01", maks = 4) =>
  pkhEntitlement({ members, tanggal, indeks, maks, stages: 4 });

describe("ruleInForce", () => {
  const versions = [
    { berlakuMulai: "2017-01-01", value: 110_000 },
    { berlakuMulai: "2020-03-01", value: 200_000 },
    { berlakuMulai: "2020-01-01", value: 150_000 },
  ];
  it("takes the latest version on or before the date", () => {
    expect(ruleInForce(versions, "2016-12-31")).toBeUndefined();
    expect(ruleInForce(versions, "2017-01-01")?.value).toBe(110_000);
    expect(ruleInForce(versions, "2020-02-29")?.value).toBe(150_000);
    expect(ruleInForce(versions, "2020-03-01")?.value).toBe(200_000);
    expect(ruleInForce(versions, "2030-01-01")?.value).toBe(200_000);
  });
});

describe("rule values", () => {
  it("accepts the seeded values and refuses bad ones", () => {
    expect(ZPkhIndeks.safeParse(indeks).success).toBe(true);
    expect(ZPkhIndeks.safeParse({ ...indeks, sd: -1 }).success).toBe(false);
    expect(ZPkhIndeks.safeParse({ ...indeks, extra: 1 }).success).toBe(false);
    expect(ZTahap.safeParse(calendar).success).toBe(true);
    expect(ZTahap.safeParse({ tahap: [{ ke: 1, bulanMulai: 4, bulanSelesai: 3 }] }).success).toBe(false);
    expect(
      ZProgramRuleCreate.safeParse({ rule: "nope", berlakuMulai: "2024-01-01", value: {} }).success,
    ).toBe(false);
    expect(stageFirstDay(calendar, { tahun: 2024, tahap: 3 })).toBe("2024-07-01");
    expect(stageFirstDay(calendar, { tahun: 2024, tahap: 5 })).toBeUndefined();
  });
});

describe("ageOn", () => {
  it("counts whole years, a 29 February birthday on 1 March", () => {
    expect(ageOn("1954-07-01", "2024-06-30")).toBe(69);
    expect(ageOn("1954-07-01", "2024-07-01")).toBe(70);
    expect(ageOn("2020-02-29", "2023-02-28")).toBe(2);
    expect(ageOn("2020-02-29", "2023-03-01")).toBe(3);
  });
});

describe("pkhEntitlement, hand-computed", () => {
  it("a family of five qualifying members counts the highest four", () => {
    const result = entitle([
      member("1", { hamil: true }), // 3,000,000
      member("2", { tanggalLahir: "2020-05-05" }), // anak usia dini 3,000,000
      member("3", { tanggalLahir: "2014-02-02", pendidikan: "sd" }), // 900,000
      member("4", { tanggalLahir: "2010-02-02", pendidikan: "SMP" }), // 1,500,000
      member("5", { tanggalLahir: "1940-01-01" }), // lansia 2,400,000
    ]);
    const counted = result.components.filter((c) => c.dihitung).map((c) => c.komponen);
    expect(counted).toEqual(["hamil", "anak_usia_dini", "lansia", "smp"]);
    const dropped = result.components.filter((c) => !c.dihitung);
    expect(dropped).toEqual([
      { nik: "3", komponen: "sd", nilai: 900_000, dihitung: false, alasan: "melebihi_batas" },
    ]);
    // 3,000,000 + 3,000,000 + 2,400,000 + 1,500,000 = 9,900,000 a year, 2,475,000 a quarter.
    expect(result.yearlyTotal).toBe(9_900_000);
    expect(result.nominal).toBe(2_475_000);
  });

  it("one member gives one component, their highest", () => {
    const result = entitle([member("1", { hamil: true, disabilitas: true })]);
    expect(result.components).toEqual([
      { nik: "1", komponen: "hamil", nilai: 3_000_000, dihitung: true, alasan: null },
      {
        nik: "1",
        komponen: "disabilitas_berat",
        nilai: 2_400_000,
        dihitung: false,
        alasan: "satu_per_anggota",
      },
    ]);
    expect(result.nominal).toBe(750_000);
  });

  it("a member turning 70 mid-year counts from the next stage", () => {
    const grandfather = member("1", { tanggalLahir: "1954-05-20" });
    const first = entitle([grandfather], stageFirstDay(calendar, { tahun: 2024, tahap: 1 }));
    const third = entitle([grandfather], stageFirstDay(calendar, { tahun: 2024, tahap: 3 }));
    expect(first.components).toEqual([]);
    expect(first.nominal).toBe(0);
    expect(third.components.map((c) => c.komponen)).toEqual(["lansia"]);
    expect(third.nominal).toBe(600_000);
  });

  it("a child moving from SD to SMP between stages counts by the level on each stage's first day", () => {
    const now = {
      nik: "9",
      tanggalLahir: "2012-03-03",
      pendidikan: "SMP",
      hamil: false,
      disabilitas: false,
      status: "aktif",
    };
    const changes = [{ field: "pendidikan", before: "SD", effectiveOn: "2024-07-15", seq: 1 }];
    const on = (tahap: number) => stageFirstDay(calendar, { tahun: 2024, tahap }) ?? "";
    const second = entitle([memberOnDate(now, changes, on(2))], on(2));
    const fourth = entitle([memberOnDate(now, changes, on(4))], on(4));
    expect(second.components.map((c) => [c.komponen, c.nilai])).toEqual([["sd", 900_000]]);
    expect(second.nominal).toBe(225_000);
    expect(fourth.components.map((c) => [c.komponen, c.nilai])).toEqual([["smp", 1_500_000]]);
    expect(fourth.nominal).toBe(375_000);
  });

  it("members not active on the date, unborn, or over 21 at school give nothing", () => {
    const result = entitle([
      member("1", { aktif: false, hamil: true }),
      member("2", { tanggalLahir: "2024-02-01" }),
      member("3", { tanggalLahir: "2000-01-01", pendidikan: "SMA" }),
      member("4", { tanggalLahir: "2003-01-02", pendidikan: " sma " }),
    ]);
    expect(result.components.map((c) => [c.nik, c.komponen])).toEqual([["4", "sma"]]);
  });
});

describe("memberOnDate", () => {
  const now = {
    nik: "1",
    tanggalLahir: "1980-01-01",
    pendidikan: null,
    hamil: true,
    disabilitas: null,
    status: "meninggal",
  };
  it("takes the before of the earliest change after the date", () => {
    const changes = [
      { field: "hamil", before: false, effectiveOn: "2024-03-01", seq: 1 },
      { field: "hamil", before: true, effectiveOn: "2024-05-01", seq: 2 },
      { field: "status", before: "aktif", effectiveOn: "2024-06-10", seq: 3 },
    ];
    expect(memberOnDate(now, changes, "2024-01-01")).toMatchObject({ hamil: false, aktif: true });
    expect(memberOnDate(now, changes, "2024-04-01")).toMatchObject({ hamil: true, aktif: true });
    // Died on 10 June: not a member on that day.
    expect(memberOnDate(now, changes, "2024-06-10")).toMatchObject({ aktif: false });
  });
});
