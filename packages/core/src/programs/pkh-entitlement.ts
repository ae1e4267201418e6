import { pkhComponents, type TPkhComponent, type TPkhIndeks } from "./program-rules.ts";

/**
 * PKH entitlement of one family for one stage (docs/domain.md, Programmes; values and the cap from
 * reference/pkh-index-2021.csv). The rules, as Kawal applies them:
 *
 * - Members are taken as they were on the stage's first day (the caller resolves that from the
 *   registry's events); a member who was not an active member on that day (`aktif: false`: not born
 *   yet, died, moved away, merged as a duplicate) gives nothing.
 * - `hamil`: the member is recorded pregnant. The registry keeps pregnancy as a yes/no, so the
 *   postpartum (nifas) period of the guideline is not visible here.
 * - `anak_usia_dini`: aged 0–6 in whole years on the date (the guideline's "0-6 tahun").
 * - `sd`, `smp`, `sma`: the member's current school level is "SD", "SMP" or "SMA" (case-insensitive)
 *   and they are aged 21 or less; older members at school do not count (the guideline funds children).
 * - `disabilitas_berat`: a disability is recorded. The registry keeps only yes/no, not the severity,
 *   so every recorded disability is taken as severe; companions should record only severe ones.
 * - `lansia`: aged 70 or more on the date.
 * - One member gives at most one component: their highest-valued one (ties by the order of the
 *   reference file), so a pregnant woman with a disability counts once.
 * - At most `maks` components per family: the highest-valued ones count. Ties are broken by the order
 *   of the reference file and then by the member's key, so the same family always gets the same answer.
 * - The stage amount is the counted yearly values' sum divided by the stages in the year, in whole
 *   rupiah (rounded down; with the 2021 index and four stages every value divides exactly).
 */

export interface TPkhMemberOnDate {
  /** The member's key (NIK); also the last tie-break. */
  nik: string;
  tanggalLahir: string;
  pendidikan: string | null;
  hamil: boolean | null;
  disabilitas: boolean | null;
  /** An active member of the family on the date. */
  aktif: boolean;
}

export type TPkhDropReason = "satu_per_anggota" | "melebihi_batas";

export interface TPkhComponentLine {
  nik: string;
  komponen: TPkhComponent;
  /** Yearly rupiah from the index. */
  nilai: number;
  dihitung: boolean;
  /** Why a component does not count: another, higher one of the same member, or over the cap. */
  alasan: TPkhDropReason | null;
}

export interface TPkhEntitlementInput {
  members: readonly TPkhMemberOnDate[];
  /** The date members are counted on (the stage's first day), `YYYY-MM-DD`. */
  tanggal: string;
  indeks: TPkhIndeks;
  maks: number;
  /** Stages in the year (the calendar in force). */
  stages: number;
}

export interface TPkhEntitlement {
  components: TPkhComponentLine[];
  /** Sum of the counted components' yearly values. */
  yearlyTotal: number;
  /** This stage's amount in rupiah. */
  nominal: number;
}

/** Whole years from `birth` to `on` (both `YYYY-MM-DD`); a 29 February birthday falls on 1 March. */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const schoolLevels: Partial<Record<string, TPkhComponent>> = { SD: "sd", SMP: "smp", SMA: "sma" };
/** The oldest age at which a school level still counts. */
export const PKH_MAX_SCHOOL_AGE = 21;
export const PKH_EARLY_CHILDHOOD_MAX_AGE = 6;
export const PKH_ELDERLY_MIN_AGE = 70;

/** Every component a member qualifies for on the date, in the reference file's order. */
export function qualifyingComponents(member: TPkhMemberOnDate, on: string): TPkhComponent[] {
  if (!member.aktif || member.tanggalLahir > on) return [];
  const age = ageOn(member.tanggalLahir, on);
  const found = new Set<TPkhComponent>();
  if (member.hamil === true) found.add("hamil");
  if (age <= PKH_EARLY_CHILDHOOD_MAX_AGE) found.add("anak_usia_dini");
  const school = schoolLevels[(member.pendidikan ?? "").trim().toUpperCase()];
  if (school && age <= PKH_MAX_SCHOOL_AGE) found.add(school);
  if (member.disabilitas === true) found.add("disabilitas_berat");
  if (age >= PKH_ELDERLY_MIN_AGE) found.add("lansia");
  return pkhComponents.filter((c) => found.has(c));
}

const rank = (c: TPkhComponent) => pkhComponents.indexOf(c);

/** Higher value first, then the reference file's order, then the member's key. */
function before(a: TPkhComponentLine, b: TPkhComponentLine): number {
  if (a.nilai !== b.nilai) return b.nilai - a.nilai;
  if (a.komponen !== b.komponen) return rank(a.komponen) - rank(b.komponen);
  return a.nik < b.nik ? -1 : a.nik > b.nik ? 1 : 0;
}

export function pkhEntitlement(input: TPkhEntitlementInput): TPkhEntitlement {
  const best: TPkhComponentLine[] = [];
  const others: TPkhComponentLine[] = [];
  for (const member of input.members) {
    const lines = qualifyingComponents(member, input.tanggal)
      .map((komponen) => ({
        nik: member.nik,
        komponen,
        nilai: input.indeks[komponen],
        dihitung: false,
        alasan: null as TPkhDropReason | null,
      }))
      .sort(before);
    const [top, ...rest] = lines;
    if (top) best.push(top);
    for (const line of rest) others.push({ ...line, alasan: "satu_per_anggota" });
  }
  best.sort(before);
  const components = best.map((line, i) =>
    i < input.maks ? { ...line, dihitung: true } : { ...line, alasan: "melebihi_batas" as const },
  );
  const yearlyTotal = components.reduce((sum, c) => sum + (c.dihitung ? c.nilai : 0), 0);
  return {
    components: [...components, ...others.sort(before)],
    yearlyTotal,
    nominal: Math.floor(yearlyTotal / Math.max(1, input.stages)),
  };
}
