/**
 * A small `anggota` file (docs/formats.md §1) for the browser tests: families in Desa Mojokambang
 * (35.17.18.2002) with valid numbers, all surnamed "Ujicoba" so a search finds only these, whatever
 * the demo holds. Serials start at 9000, far above the demo generator's, so no number collides.
 */
export const fixtureDesa = "35.17.18.2002";
export const fixtureSurname = "Ujicoba";
const kecamatan = "351718";

const header = [
  "no_kk",
  "nik",
  "nama",
  "hubungan",
  "jenis_kelamin",
  "tanggal_lahir",
  "kode_desa",
  "alamat",
  "rt",
  "rw",
  "desil",
  "status_rumah",
  "lantai",
  "jamban",
];

interface TPerson {
  nama: string;
  hubungan: string;
  sex: "L" | "P";
  born: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** NIK date part: DDMMYY, with 40 added to the day for women (docs/domain.md, Registry). */
function datePart(born: string, female: boolean): string {
  const [year, month, day] = born.split("-").map(Number) as [number, number, number];
  return `${pad(female ? day + 40 : day)}${pad(month)}${pad(year % 100)}`;
}

const givenNames = [
  ["Wiryo", "Sumarni", "Eko", "Lestari", "Bayu"],
  ["Slamet", "Wartini", "Joko", "Ningsih", "Dimas"],
  ["Paijo", "Sulastri", "Agung", "Rina", "Fajar"],
  ["Karto", "Suminah", "Bambang", "Yuni", "Galih"],
  ["Darmo", "Tukiyem", "Hendra", "Wulan", "Rizal"],
  ["Sarmin", "Painem", "Anton", "Desi", "Hadi"],
] as const;

function family(index: number): TPerson[] {
  const names = givenNames[index] ?? givenNames[0];
  const y = 1975 + index;
  return [
    { nama: names[0], hubungan: "kepala", sex: "L", born: `${y}-03-${pad(10 + index)}` },
    { nama: names[1], hubungan: "istri", sex: "P", born: `${y + 3}-07-${pad(5 + index)}` },
    { nama: names[2], hubungan: "anak", sex: "L", born: `${2004 + index}-01-${pad(20 + index)}` },
    { nama: names[3], hubungan: "anak", sex: "P", born: `${2008 + index}-11-${pad(1 + index)}` },
    { nama: names[4], hubungan: "anak", sex: "L", born: `${2012 + index}-05-${pad(15 + index)}` },
  ];
}

export interface TFixture {
  csv: string;
  /** Rows in the file, the bad one included. */
  rows: number;
  families: number;
  validMembers: number;
  /** The No. KK of the first family, whose head is "Wiryo Ujicoba". */
  firstNoKk: string;
}

/** Six families of five, plus one member whose birth date (30 February) cannot exist. */
export function anggotaFixture(): TFixture {
  const lines = [header.join(",")];
  let serial = 9000;
  let firstNoKk = "";
  const families = givenNames.length;
  for (let f = 0; f < families; f += 1) {
    const noKk = `${kecamatan}${datePart(`2015-06-${pad(10 + f)}`, false)}${9900 + f}`;
    if (f === 0) firstNoKk = noKk;
    for (const person of family(f)) {
      serial += 1;
      const nik = `${kecamatan}${datePart(person.born, person.sex === "P")}${serial}`;
      const house = person.hubungan === "kepala" ? ["milik sendiri", "tanah", "sendiri"] : ["", "", ""];
      lines.push(
        [
          noKk,
          nik,
          `${person.nama} ${fixtureSurname}`,
          person.hubungan,
          person.sex,
          person.born,
          fixtureDesa,
          "Dusun Krajan",
          "001",
          "002",
          String(f + 1),
          ...house,
        ].join(","),
      );
    }
  }
  // Same NIK shape as a valid one; only the date is impossible.
  lines.push(
    [
      firstNoKk,
      `${kecamatan}300201${serial + 1}`,
      `Salah ${fixtureSurname}`,
      "anak",
      "L",
      "2001-02-30",
      fixtureDesa,
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ].join(","),
  );
  const validMembers = families * 5;
  return { csv: `${lines.join("\n")}\n`, rows: validMembers + 1, families, validMembers, firstNoKk };
}
