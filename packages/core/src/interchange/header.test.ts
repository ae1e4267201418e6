import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, mapHeader } from "./header.ts";

describe("detectDelimiter", () => {
  it.each([
    ["no_kk,nik,nama", ","],
    ["no_kk;nik;nama", ";"],
    ["nama", ","],
    ["", ","],
    ['"nama; lengkap",nik,no_kk', ","],
    ['"a,b,c";nik', ";"],
    ['"say ""hi"", ok";nik;nama', ";"],
    ["\uFEFFno_kk;nik", ";"],
    ["a,b;c;d", ";"],
    ["a,b,c;d", ","],
  ] as const)("reads %j as %j", (line, expected) => {
    expect(detectDelimiter(line)).toBe(expected);
  });

  it("finds the separator of any header whose names contain neither", () => {
    const name = fc.stringMatching(/^[a-z_ ]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 2, maxLength: 20 }),
        fc.constantFrom(",", ";"),
        (names, sep) => {
          expect(detectDelimiter(names.join(sep))).toBe(sep);
        },
      ),
    );
  });
});

describe("mapHeader", () => {
  const spec = { required: ["no_kk", "nik", "nama"], optional: ["alamat", "desil"] } as const;

  it("maps names case-insensitively after trimming, by the spec's spelling", () => {
    expect(mapHeader([" NIK ", "No_KK", "nama", "Desil"], spec)).toEqual({
      index: { nik: 0, no_kk: 1, nama: 2, desil: 3 },
      missing: [],
      unknown: [],
      duplicate: [],
    });
  });

  it("takes a UTF-8 BOM off the first cell", () => {
    expect(mapHeader(["\uFEFFno_kk", "nik", "nama"], spec)).toMatchObject({
      index: { no_kk: 0, nik: 1, nama: 2 },
      missing: [],
      unknown: [],
    });
    expect(mapHeader(["\uFEFF No_KK ", "nik", "nama"], spec).index).toMatchObject({ no_kk: 0 });
  });

  it("lists required names not found, in the spec's order", () => {
    expect(mapHeader(["nama", "alamat"], spec).missing).toEqual(["no_kk", "nik"]);
  });

  it("does not ask for optional names", () => {
    expect(mapHeader(["no_kk", "nik", "nama"], spec).missing).toEqual([]);
  });

  it("reports unknown names once each, as written", () => {
    expect(
      mapHeader(["no_kk", "nik", "nama", " Keterangan ", "keterangan", "catatan"], spec).unknown,
    ).toEqual(["Keterangan", "catatan"]);
  });

  it("reports a repeated name once and keeps the first position", () => {
    const mapped = mapHeader(["nik", "no_kk", "NIK", "nama", "nik", "desil", "Desil"], spec);
    expect(mapped.duplicate).toEqual(["nik", "desil"]);
    expect(mapped.index).toMatchObject({ nik: 0, desil: 5 });
  });

  it("skips empty header cells (a trailing separator)", () => {
    expect(mapHeader(["no_kk", "nik", "nama", "", "  "], spec)).toEqual({
      index: { no_kk: 0, nik: 1, nama: 2 },
      missing: [],
      unknown: [],
      duplicate: [],
    });
  });

  it("finds every column of any shuffled, re-cased header", () => {
    const all = [...spec.required, ...spec.optional];
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: all.length }),
        fc.array(fc.boolean(), { minLength: all.length, maxLength: all.length }),
        (order, upper) => {
          const cells = order.map((name, i) => (upper[i] ? ` ${name.toUpperCase()}` : name));
          const mapped = mapHeader(cells, spec);
          for (const name of all) expect(cells[mapped.index[name] ?? -1]?.trim().toLowerCase()).toBe(name);
          expect(mapped).toMatchObject({ missing: [], unknown: [], duplicate: [] });
        },
      ),
    );
  });
});
