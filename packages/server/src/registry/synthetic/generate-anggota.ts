import { femaleNames, houseAttributes, maleNames, pekerjaan, pendidikan, secondNames } from "./names.ts";
import { SeededRandom } from "./random.ts";

/** The columns of docs/formats.md §1, in the order synthetic files use. */
export const anggotaHeader = [
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
  "pendidikan",
  "pekerjaan",
  "disabilitas",
  "hamil",
  ...Object.keys(houseAttributes),
] as const;

export interface TSyntheticOptions {
  /** Desa codes to place families in (dotted); the kecamatan part seeds NIK and No. KK prefixes. */
  desaCodes: readonly string[];
  members: number;
  seed: number;
  /** The date the data describes, for ages. */
  today?: Date;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

function dateParts(d: Date): { dd: number; mm: number; yy: number; iso: string } {
  const dd = d.getUTCDate();
  const mm = d.getUTCMonth() + 1;
  return { dd, mm, yy: d.getUTCFullYear() % 100, iso: `${d.getUTCFullYear()}-${pad(mm, 2)}-${pad(dd, 2)}` };
}

/**
 * Deterministic synthetic `anggota` rows: families of 1–7 with one head, valid NIK and No. KK (date
 * part, +40 for women), realistic ages, desil and houses. Serial numbers count per prefix, so rows stay
 * unique at a million members. Yields arrays of cells in `anggotaHeader` order.
 */
export function* syntheticAnggota(options: TSyntheticOptions): Generator<string[]> {
  const random = new SeededRandom(options.seed);
  const today = options.today ?? new Date(Date.UTC(2026, 0, 1));
  const serials = new Map<string, number>();
  // Each seed counts serials from its own thousand, so files of different seeds can share a registry.
  const firstSerial = ((options.seed * 1_000) % 9_000) + 1;
  const nextSerial = (prefix: string) => {
    const n = (serials.get(prefix) ?? firstSerial - 1) + 1;
    serials.set(prefix, n);
    return n;
  };
  const birth = (minAge: number, maxAge: number) =>
    new Date(today.getTime() - (minAge * 365 + random.int(0, (maxAge - minAge) * 365)) * 86_400_000);
  const nikFor = (kecamatan: string, born: Date, female: boolean) => {
    const { dd, mm, yy } = dateParts(born);
    const base = `${kecamatan}${pad(female ? dd + 40 : dd, 2)}${pad(mm, 2)}${pad(yy, 2)}`;
    return `${base}${pad(nextSerial(base) % 10_000 || 1, 4)}`;
  };
  let produced = 0;
  while (produced < options.members) {
    const desa = random.pick(options.desaCodes);
    const kecamatan = desa.split(".").slice(0, 3).join("");
    const issued = dateParts(birth(0, 15));
    const kkBase = `${kecamatan}${pad(issued.dd, 2)}${pad(issued.mm, 2)}${pad(issued.yy, 2)}`;
    const noKk = `${kkBase}${pad(nextSerial(`kk${kkBase}`) % 10_000 || 1, 4)}`;
    const surname = random.pick(secondNames);
    const house = Object.values(houseAttributes).map((values) => random.pick(values));
    const family = {
      desil: String(random.int(1, 10)),
      alamat: `Dusun ${random.pick(secondNames)}`,
      rt: pad(random.int(1, 12), 3),
      rw: pad(random.int(1, 6), 3),
    };
    const size = Math.min(random.int(1, 7), options.members - produced);
    const headFemale = random.chance(0.15);
    const people: { role: string; female: boolean; born: Date }[] = [
      { role: "kepala", female: headFemale, born: birth(22, 80) },
    ];
    if (size > 1 && !headFemale) people.push({ role: "istri", female: true, born: birth(20, 75) });
    while (people.length < size) {
      const roll = random.next();
      const role = roll < 0.8 ? "anak" : roll < 0.9 ? "cucu" : roll < 0.95 ? "orang_tua" : "famili";
      const born = role === "orang_tua" ? birth(60, 95) : role === "cucu" ? birth(0, 10) : birth(0, 30);
      people.push({ role, female: random.chance(0.5), born });
    }
    for (const [i, person] of people.entries()) {
      const { iso } = dateParts(person.born);
      const age = (today.getTime() - person.born.getTime()) / (365.25 * 86_400_000);
      const given = random.pick(person.female ? femaleNames : maleNames);
      const pregnant = person.female && age > 18 && age < 42 && random.chance(0.04);
      yield [
        noKk,
        nikFor(kecamatan, person.born, person.female),
        `${given} ${i === 0 || person.role === "anak" ? surname : random.pick(secondNames)}`,
        person.role,
        person.female ? "P" : "L",
        iso,
        desa,
        i === 0 ? family.alamat : "",
        family.rt,
        family.rw,
        i === 0 ? family.desil : "",
        age < 7 ? "tidak sekolah" : random.pick(pendidikan),
        age < 18 ? "pelajar" : random.pick(pekerjaan),
        random.chance(0.02) ? "ya" : "tidak",
        pregnant ? "ya" : "tidak",
        ...(i === 0 ? house : house.map(() => "")),
      ];
      produced += 1;
    }
  }
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The same rows as CSV text chunks (header first), for writing files of any size. */
export function* syntheticAnggotaCsv(options: TSyntheticOptions, chunkRows = 5_000): Generator<string> {
  let chunk: string[] = [anggotaHeader.join(",")];
  for (const row of syntheticAnggota(options)) {
    chunk.push(row.map(csvCell).join(","));
    if (chunk.length >= chunkRows) {
      yield `${chunk.join("\n")}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join("\n")}\n`;
}
