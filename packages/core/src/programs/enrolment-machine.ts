import type { TBilingual } from "../errors/app-error.ts";
import { statusChangeRefusal, transitionTableRefusal } from "../errors/status-change-refusal.ts";
import { namedByValue } from "../i18n/bilingual.ts";
import { isFutureDate } from "../time/local-date.ts";

/**
 * A family's enrolment (kepesertaan) in a programme (docs/domain.md, Programmes): calon (candidate) →
 * tervalidasi (validated at the initial meeting) → aktif → ditangguhkan (suspended) → dihentikan
 * (stopped) | graduasi (graduated). Pure rules; the server applies them.
 */
export const enrolmentStatuses = [
  "calon",
  "tervalidasi",
  "aktif",
  "ditangguhkan",
  "dihentikan",
  "graduasi",
] as const;
export type TEnrolmentStatus = (typeof enrolmentStatuses)[number];

/** States an enrolment is still open in: at most one open enrolment per family and programme. */
export const openEnrolmentStatuses = ["calon", "tervalidasi", "aktif", "ditangguhkan"] as const;

export function isOpenEnrolmentStatus(status: string): boolean {
  return (openEnrolmentStatuses as readonly string[]).includes(status);
}

/**
 * How a transition is allowed: `ya` always; `reaktivasi` only when the programme has a `reaktivasi`
 * rule in force that allows it (a stopped family is not silently brought back).
 */
export type TTransitionCondition = "ya" | "reaktivasi";

/**
 * Every allowed transition, and nothing else. Keyed by every status, so a status added without saying
 * where it may go does not compile. Graduation is the goal and final: a graduated family that falls
 * back is a new enrolment, with its own history.
 */
export const enrolmentTransitions = {
  calon: { tervalidasi: "ya", dihentikan: "ya" },
  tervalidasi: { aktif: "ya", dihentikan: "ya" },
  aktif: { ditangguhkan: "ya", dihentikan: "ya", graduasi: "ya" },
  ditangguhkan: { aktif: "ya", dihentikan: "ya", graduasi: "ya" },
  dihentikan: { aktif: "reaktivasi" },
  graduasi: {},
} as const satisfies Record<TEnrolmentStatus, Partial<Record<TEnrolmentStatus, TTransitionCondition>>>;

/**
 * The reason codes a move into each state may carry (besides free text). `calon` is only ever the
 * first state; `impor` marks a change that came from a `peserta` file.
 */
export const enrolmentReasons = {
  calon: ["pendaftaran"],
  tervalidasi: ["pertemuan_awal", "lainnya"],
  aktif: ["penetapan", "komitmen_dipenuhi", "reaktivasi", "lainnya"],
  ditangguhkan: ["tidak_hadir_pertemuan", "komitmen_tidak_dipenuhi", "data_tidak_valid", "lainnya"],
  dihentikan: [
    "meninggal",
    "pindah",
    "tidak_memenuhi_syarat",
    "komitmen_berulang",
    "mengundurkan_diri",
    "lainnya",
  ],
  graduasi: ["mandiri", "alamiah"],
} as const satisfies Record<TEnrolmentStatus, readonly string[]>;
export type TEnrolmentReason = (typeof enrolmentReasons)[TEnrolmentStatus][number] | "impor";

/** The reason a `peserta` import records on the changes it makes. */
export const IMPORT_REASON = "impor";

export const enrolmentStatusNames = namedByValue<TEnrolmentStatus>({
  calon: "candidate",
  tervalidasi: "validated",
  aktif: "active",
  ditangguhkan: "suspended",
  dihentikan: "stopped",
  graduasi: "graduated",
});

export const enrolmentReasonNames: Record<TEnrolmentReason, TBilingual> = {
  pendaftaran: { id: "pendaftaran", en: "enrolment" },
  pertemuan_awal: { id: "divalidasi pada pertemuan awal", en: "validated at the initial meeting" },
  penetapan: { id: "ditetapkan sebagai KPM", en: "confirmed as a beneficiary" },
  komitmen_dipenuhi: { id: "komitmen kembali dipenuhi", en: "commitments met again" },
  reaktivasi: { id: "reaktivasi", en: "reactivation" },
  tidak_hadir_pertemuan: { id: "tidak hadir pertemuan", en: "did not attend the meetings" },
  komitmen_tidak_dipenuhi: { id: "komitmen tidak dipenuhi", en: "commitments not met" },
  data_tidak_valid: { id: "data tidak valid", en: "invalid data" },
  meninggal: { id: "meninggal", en: "died" },
  pindah: { id: "pindah", en: "moved away" },
  tidak_memenuhi_syarat: { id: "tidak memenuhi syarat", en: "not eligible" },
  komitmen_berulang: { id: "komitmen berulang kali tidak dipenuhi", en: "commitments repeatedly not met" },
  mengundurkan_diri: { id: "mengundurkan diri", en: "withdrew" },
  mandiri: { id: "graduasi mandiri", en: "graduated by own choice (mandiri)" },
  alamiah: { id: "graduasi alamiah", en: "graduated naturally (alamiah)" },
  lainnya: { id: "lainnya", en: "other" },
  impor: { id: "impor berkas peserta", en: "peserta file import" },
};

/** The reason codes allowed when moving into `to`. */
export function reasonsFor(to: TEnrolmentStatus): readonly string[] {
  return enrolmentReasons[to];
}

/**
 * The `reaktivasi` rule of a programme (table `program_rule`), e.g. `{"diizinkan": true, "dalamBulan": 12}`:
 * a stopped enrolment may become active again within that many months of being stopped.
 */
export interface TReactivationRule {
  diizinkan: boolean;
  /** Months after the stop within which reactivation is allowed; absent means no limit. */
  dalamBulan?: number;
}

/** Reads a rule value as stored (jsonb); anything unreadable allows nothing. */
export function readReactivationRule(value: unknown): TReactivationRule | null {
  if (typeof value !== "object" || value === null) return null;
  const { diizinkan, dalamBulan } = value as Record<string, unknown>;
  if (typeof diizinkan !== "boolean") return null;
  if (typeof dalamBulan === "number" && Number.isInteger(dalamBulan) && dalamBulan >= 0) {
    return { diizinkan, dalamBulan };
  }
  return { diizinkan };
}

/** `date` (`YYYY-MM-DD`) moved `months` later, clamped to the month's last day. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export interface TTransitionContext {
  /** The date the current state holds from (`sejak`). */
  since: string;
  /** The date the change takes effect. */
  tanggal: string;
  /** The programme's `reaktivasi` rule in force on `tanggal`, if any. */
  reactivation: TReactivationRule | null;
  now: Date;
}

export type TTransitionCheck = { ok: true } | { ok: false; field: "ke" | "tanggal"; refusal: TBilingual };

/** Whether the table allows `from` → `to`, and on what condition. */
export function transitionCondition(
  from: TEnrolmentStatus,
  to: TEnrolmentStatus,
): TTransitionCondition | undefined {
  const next: Partial<Record<TEnrolmentStatus, TTransitionCondition>> = enrolmentTransitions[from];
  return next[to];
}

/** The states the table allows from `from`, reactivation included only when `reactivationOpen`. */
export function allowedNextStatuses(from: TEnrolmentStatus, reactivationOpen: boolean): TEnrolmentStatus[] {
  const next: Partial<Record<TEnrolmentStatus, TTransitionCondition>> = enrolmentTransitions[from];
  return (Object.entries(next) as [TEnrolmentStatus, TTransitionCondition][])
    .filter(([, condition]) => condition === "ya" || reactivationOpen)
    .map(([to]) => to);
}

/** Why a reactivation is not possible under `rule`, or null when it is. */
export function reactivationRefusal(
  rule: TReactivationRule | null,
  stoppedOn: string,
  tanggal: string,
): TBilingual | null {
  if (!rule?.diizinkan) {
    return {
      id: "program ini tidak memiliki aturan reaktivasi yang berlaku pada tanggal itu",
      en: "the programme has no reactivation rule in force on that date",
    };
  }
  if (rule.dalamBulan !== undefined && tanggal > addMonths(stoppedOn, rule.dalamBulan)) {
    return {
      id: `reaktivasi hanya diizinkan dalam ${rule.dalamBulan} bulan sejak dihentikan`,
      en: `reactivation is only allowed within ${rule.dalamBulan} months of the stop`,
    };
  }
  return null;
}

/**
 * Whether an enrolment in `from` may move to `to` on `ctx.tanggal`. A refusal names the state it is in,
 * what was asked and why, so the user sees what to do instead.
 */
export function checkTransition(
  from: TEnrolmentStatus,
  to: TEnrolmentStatus,
  ctx: TTransitionContext,
): TTransitionCheck {
  const enrolment = { id: "Kepesertaan", en: "The enrolment" };
  const refuse = (field: "ke" | "tanggal", why: TBilingual): TTransitionCheck => ({
    ok: false,
    field,
    refusal: statusChangeRefusal(enrolment, enrolmentStatusNames[from], enrolmentStatusNames[to], why),
  });
  const open = allowedNextStatuses(from, true);
  const notInTable = transitionTableRefusal(enrolment, enrolmentStatusNames, from, to, open);
  if (notInTable) return { ok: false, field: "ke", refusal: notInTable };
  if (isFutureDate(ctx.tanggal, ctx.now)) {
    return refuse("tanggal", {
      id: "tanggal tidak boleh setelah hari ini",
      en: "the date cannot be after today",
    });
  }
  if (ctx.tanggal < ctx.since) {
    return refuse("tanggal", {
      id: `tanggal tidak boleh sebelum status sekarang berlaku (${ctx.since})`,
      en: `the date cannot be before the current state began (${ctx.since})`,
    });
  }
  if (transitionCondition(from, to) === "reaktivasi") {
    const why = reactivationRefusal(ctx.reactivation, ctx.since, ctx.tanggal);
    if (why) return refuse("ke", why);
  }
  return { ok: true };
}

/**
 * The stored reason: the code, then the free text after ": ". One text column keeps both, and the
 * code stays the part before the first colon, so SQL can group by it (`split_part(alasan, ':', 1)`).
 */
export function formatEnrolmentReason(kode: string, keterangan?: string | null): string {
  const text = keterangan?.trim();
  return text ? `${kode}: ${text}` : kode;
}

const REASON_CODE = /^[a-z][a-z0-9_]*$/;

/** Reads a stored reason; text written some other way (older data, free text alone) is kept whole as the code. */
export function parseEnrolmentReason(alasan: string): { kode: string; keterangan: string | null } {
  const at = alasan.indexOf(": ");
  if (at < 0 || !REASON_CODE.test(alasan.slice(0, at))) return { kode: alasan, keterangan: null };
  return { kode: alasan.slice(0, at), keterangan: alasan.slice(at + 2) };
}
