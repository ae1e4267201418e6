import type { TPermission } from "../auth/roles.ts";
import type { TBilingual } from "../errors/app-error.ts";

/**
 * DTKS update proposals (usulan) flow bottom-up (docs/domain.md, "Registry"): proposed by the desa operator
 * or a companion → village deliberation (musdes) with minutes → field verification (verval) → Dinas
 * Sosial decides. Removals follow the same path. Pure rules only; the server applies them.
 */
export const usulanKinds = ["tambah", "ubah", "hapus"] as const;
export type TUsulanKind = (typeof usulanKinds)[number];

/** Why a family or member leaves the DTKS. */
export const usulanReasons = ["meninggal", "pindah", "mampu", "ganda"] as const;
export type TUsulanReason = (typeof usulanReasons)[number];

/**
 * A member row only knows aktif, meninggal and pindah; "mampu" (graduation) is about the family, and a
 * member registered twice goes through the duplicate review, which merges the two rows.
 */
export const memberRemovalReasons = ["meninggal", "pindah"] as const satisfies readonly TUsulanReason[];

export const usulanStatuses = ["diusulkan", "musdes", "verval", "disetujui", "ditolak"] as const;
export type TUsulanStatus = (typeof usulanStatuses)[number];

export const usulanActions = ["musdes", "verval_sesuai", "verval_tidak_sesuai", "setuju", "tolak"] as const;
export type TUsulanAction = (typeof usulanActions)[number];

export interface TUsulanStep {
  to: TUsulanStatus;
  /** The permission the acting role needs. */
  permission: TPermission;
  /**
   * Whether the proposer may take this step on their own proposal. Verifying and deciding may not be
   * done by whoever prepared the proposal (ARCHITECTURE.md, Principles: security and privacy).
   */
  proposerMay: boolean;
}

const verify = { permission: "usulan.verify", proposerMay: false } as const;
const decide = { permission: "usulan.approve", proposerMay: false } as const;

/**
 * Every allowed transition, and nothing else. Keyed by every status, so adding a status without
 * saying where it may go does not compile. Dinas Sosial may reject at any open step (a proposal that
 * is plainly wrong need not wait for a deliberation); approval only comes after musdes and verval.
 */
export const usulanTransitions = {
  diusulkan: {
    musdes: { to: "musdes", permission: "usulan.deliberate", proposerMay: true },
    tolak: { to: "ditolak", ...decide },
  },
  musdes: {
    verval_sesuai: { to: "verval", ...verify },
    verval_tidak_sesuai: { to: "ditolak", ...verify },
    tolak: { to: "ditolak", ...decide },
  },
  verval: {
    setuju: { to: "disetujui", ...decide },
    tolak: { to: "ditolak", ...decide },
  },
  disetujui: {},
  ditolak: {},
} as const satisfies Record<TUsulanStatus, Partial<Record<TUsulanAction, TUsulanStep>>>;

export const usulanStatusNames: Record<TUsulanStatus, TBilingual> = {
  diusulkan: { id: "diusulkan", en: "proposed" },
  musdes: { id: "musdes tercatat", en: "village deliberation recorded" },
  verval: { id: "terverifikasi (verval)", en: "verified in the field" },
  disetujui: { id: "disetujui", en: "approved" },
  ditolak: { id: "ditolak", en: "rejected" },
};

export const usulanActionNames: Record<TUsulanAction, TBilingual> = {
  musdes: { id: "mencatat musdes", en: "record the village deliberation" },
  verval_sesuai: { id: "verval: sesuai", en: "field verification: matches" },
  verval_tidak_sesuai: { id: "verval: tidak sesuai", en: "field verification: does not match" },
  setuju: { id: "menyetujui", en: "approve" },
  tolak: { id: "menolak", en: "reject" },
};

export type TNextStatus = ({ ok: true } & TUsulanStep) | { ok: false; refusal: TBilingual };

/** The steps a status allows, in table order. */
export function allowedActions(current: TUsulanStatus): TUsulanAction[] {
  return Object.keys(usulanTransitions[current]) as TUsulanAction[];
}

/**
 * Where `action` leads from `current`, or why it may not be taken: the refusal names the state the
 * proposal is in and the step that was asked, so the user sees what to do instead.
 */
export function nextStatus(current: TUsulanStatus, action: TUsulanAction): TNextStatus {
  const steps: Partial<Record<TUsulanAction, TUsulanStep>> = usulanTransitions[current];
  const step = steps[action];
  if (step) return { ok: true, ...step };
  const state = usulanStatusNames[current];
  const asked = usulanActionNames[action];
  const open = allowedActions(current);
  const list = (lang: "id" | "en") => open.map((a) => usulanActionNames[a][lang]).join(", ");
  if (open.length === 0) {
    return {
      ok: false,
      refusal: {
        id: `Usulan sudah ${state.id} dan tidak dapat diubah lagi; langkah "${asked.id}" ditolak`,
        en: `The proposal is already ${state.en} and cannot change any more; "${asked.en}" is refused`,
      },
    };
  }
  return {
    ok: false,
    refusal: {
      id: `Usulan berstatus "${state.id}"; langkah "${asked.id}" tidak dapat dilakukan sekarang (yang dapat: ${list("id")})`,
      en: `The proposal is "${state.en}"; "${asked.en}" cannot be done now (possible: ${list("en")})`,
    },
  };
}

/**
 * The steps a caller may take on one proposal: their role has the permission and, for verifying and
 * deciding, they did not propose it. The web app shows these buttons; the server checks the same rule.
 */
export function actionsFor(
  current: TUsulanStatus,
  permissions: readonly TPermission[],
  isProposer: boolean,
): TUsulanAction[] {
  return allowedActions(current).filter((action) => {
    const step = nextStatus(current, action);
    return step.ok && permissions.includes(step.permission) && (step.proposerMay || !isProposer);
  });
}

/** Open statuses in which a role has a step to take, split by whether the proposer may take it too. */
export function statusesToAct(permissions: readonly TPermission[]): {
  anyone: TUsulanStatus[];
  notProposer: TUsulanStatus[];
} {
  const anyone: TUsulanStatus[] = [];
  const notProposer: TUsulanStatus[] = [];
  for (const status of usulanStatuses) {
    if (actionsFor(status, permissions, true).length > 0) anyone.push(status);
    else if (actionsFor(status, permissions, false).length > 0) notProposer.push(status);
  }
  return { anyone, notProposer };
}

export const vervalAction = { sesuai: "verval_sesuai", tidak_sesuai: "verval_tidak_sesuai" } as const;
export const keputusanAction = { setuju: "setuju", tolak: "tolak" } as const;
