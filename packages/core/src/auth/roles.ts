import { z } from "zod";
import type { TWilayahLevel } from "../wilayah/wilayah-code.ts";

/** The roles of docs/domain.md ("People and their roles"). */
export const roles = [
  "admin",
  "dinsos",
  "koordinator",
  "tksk",
  "pendamping_pkh",
  "psm",
  "operator_desa",
  "tikor",
  "agen",
  "bank",
  "kpm",
] as const;
export const ZRole = z.enum(roles);
export type TRole = z.infer<typeof ZRole>;

interface TRoleInfo {
  label: { id: string; en: string };
  /** The widest region level a user of this role is usually scoped to (a hint for the admin form). */
  typicalScope: TWilayahLevel | "nasional";
}

export const roleInfo: Record<TRole, TRoleInfo> = {
  admin: { label: { id: "Administrator", en: "Administrator" }, typicalScope: "nasional" },
  dinsos: { label: { id: "Dinas Sosial", en: "Social Affairs Office" }, typicalScope: "kabupaten" },
  koordinator: {
    label: { id: "Koordinator pendamping", en: "Companion coordinator" },
    typicalScope: "kabupaten",
  },
  tksk: { label: { id: "TKSK", en: "Sub-district social welfare worker (TKSK)" }, typicalScope: "kecamatan" },
  pendamping_pkh: { label: { id: "Pendamping PKH", en: "PKH companion" }, typicalScope: "desa" },
  psm: { label: { id: "PSM", en: "Community social worker (PSM)" }, typicalScope: "desa" },
  operator_desa: { label: { id: "Operator desa", en: "Village operator" }, typicalScope: "desa" },
  tikor: { label: { id: "Tikor Bansos", en: "Aid coordination team" }, typicalScope: "kecamatan" },
  agen: { label: { id: "Agen e-Warong", en: "e-Warong agent" }, typicalScope: "desa" },
  bank: { label: { id: "Bank penyalur", en: "Distributing bank" }, typicalScope: "kabupaten" },
  kpm: { label: { id: "KPM (keluarga penerima)", en: "Beneficiary family (KPM)" }, typicalScope: "desa" },
};

/** What a role may do. Data, not scattered `if`s: the access-matrix test reads the same table. */
export const permissions = [
  "wilayah.read",
  "user.read",
  "user.manage",
  "audit.read",
  /** Find and open families and members inside the scope (numbers masked in lists). */
  "registry.read",
  /** See a full NIK or No. KK on a family's page (each view is audited). */
  "registry.full_number",
  /** Import `anggota` files. */
  "registry.import",
  /** Record a life event of a family in the scope: birth, death, move, school change, pregnancy, disability. */
  "registry.event",
  /** Review likely duplicate members in the scope: scan for them, merge a pair (one becomes ganda) or dismiss it. */
  "registry.review",
  /** Propose a DTKS update (usulan): add a family, change its data, or remove a family or member. */
  "usulan.propose",
  /** Record a proposal's village deliberation (musdes): its date and minutes. */
  "usulan.deliberate",
  /** Verify a proposal in the field (verval); never one's own proposal. */
  "usulan.verify",
  /** Decide a proposal for Dinas Sosial; never one's own proposal. */
  "usulan.approve",
  /** See the PMKS and PSKS registers of the scope and their categories (numbers masked). */
  "social.read",
  /** Enter and update PMKS and PSKS in the scope (the TKSK's register, docs/domain.md "Registry"). */
  "social.manage",
  /** Add dated versions of the PMKS and PSKS categories (national reference data). */
  "social.categories",
  /** See the programme catalogue and its rules, a family's enrolments and its PKH entitlement. */
  "program.read",
  /** Add programmes and dated versions of their rules (national reference data). */
  "program.rules",
  /** Enrol a family in a programme and move its enrolment through its states, with a reason. */
  "enrolment.manage",
  /** Import `peserta` files. */
  "enrolment.import",
  /** Compute a whole PKH stage's entitlements in the scope. */
  "entitlement.compute",
  /** See companions' caseloads in the scope (a companion sees at least its own). */
  "caseload.read",
  /** Assign companions to desa and families, set norms, and hand a caseload over to another companion. */
  "caseload.manage",
  /** Mark a family of a handover as told who its new companion is. */
  "handover.inform",
  /** See non-government aid and the overlap view of the scope. */
  "aid.read",
  /** Record non-government aid given to a family. */
  "aid.record",
  /** See distribution periods, payment lists, e-Warong agents, reconciliation and the realisasi report. */
  "distribution.read",
  /** Import payment lists (`daftar_bayar`), agents (`agen`) and transactions (`transaksi`); open periods. */
  "distribution.import",
  /** Reconcile a period: class every listed family as tersalur, sebagian or belum. */
  "distribution.reconcile",
  /** Record in the field why a listed family did not withdraw or spend its aid. */
  "distribution.reason",
  /** See distribution schedules; an e-Warong agent sees only its own. */
  "schedule.read",
  /** Build the monthly distribution schedule of the agents (the TKSK's work). */
  "schedule.manage",
  /** See transactions; an e-Warong agent sees only its own. */
  "transaction.read",
  /** Record a transaction at the counter: an e-Warong agent, for its own shop only. */
  "transaction.record",
  /** See 6T monitoring checklists, findings and the per-kecamatan summary. */
  "monitoring.read",
  /** Fill in 6T checklists of agents, add findings and photos, and close follow-up actions. */
  "monitoring.manage",
  /** See KKS cards, their lifecycle and who holds each one (custody), with the flags. */
  "card.read",
  /** Record a card's lifecycle events and hand-overs (custody). */
  "card.manage",
  /** See anomalies found in distribution, with their evidence. */
  "anomaly.read",
  /** Look for anomalies, give one an owner and resolve it. */
  "anomaly.manage",
] as const;
export type TPermission = (typeof permissions)[number];

/** Everyone who works with families by name: the office, the companions and their coordinators, Tikor. */
const familyWorkers = roles.filter((role) => role !== "agen" && role !== "bank" && role !== "kpm");
/** Who supervises others' work and sees the staff list. */
const supervisors = ["admin", "dinsos", "koordinator", "tksk", "tikor"] as const satisfies readonly TRole[];
/** The companions who look after a caseload of families. */
const companions = ["koordinator", "tksk", "pendamping_pkh"] as const satisfies readonly TRole[];

/**
 * The roles given each permission. Data, not scattered `if`s: the access-matrix test reads the same
 * table (through `rolePermissions`).
 */
const grants = {
  "wilayah.read": roles,
  "user.read": supervisors,
  "user.manage": ["admin"],
  "audit.read": ["admin", "dinsos"],
  // Tikor and the PSM see families, never their full numbers; the PSM re-verifies its desa's data in the
  // field (docs/domain.md), so it records what it finds there.
  "registry.read": familyWorkers,
  "registry.full_number": ["admin", "dinsos", ...companions, "operator_desa"],
  "registry.import": ["admin", "dinsos", "operator_desa"],
  "registry.event": ["admin", "dinsos", ...companions, "psm", "operator_desa"],
  "registry.review": ["admin", "dinsos", "koordinator", "tksk", "operator_desa"],
  // Who takes which step of a DTKS proposal (docs/domain.md, "Registry").
  "usulan.propose": ["admin", "tksk", "pendamping_pkh", "psm", "operator_desa"],
  "usulan.deliberate": ["admin", "tksk", "operator_desa"],
  "usulan.verify": ["admin", ...companions],
  "usulan.approve": ["admin", "dinsos"],
  // The PMKS/PSKS registers: kept by the TKSK and its PSM, supervised above, categories set nationally.
  "social.read": ["admin", "dinsos", "koordinator", "tksk", "psm", "tikor"],
  "social.manage": ["admin", "dinsos", "tksk", "psm"],
  "social.categories": ["admin"],
  // Programmes and enrolment (docs/domain.md, Programmes): companions keep their families' enrolments; Dinas
  // Sosial imports lists and computes stages; rules are national reference data.
  "program.read": familyWorkers,
  "program.rules": ["admin"],
  "enrolment.manage": ["admin", "dinsos", ...companions],
  "enrolment.import": ["admin", "dinsos"],
  "entitlement.compute": ["admin", "dinsos"],
  // Companions' caseloads: Dinas Sosial assigns and hands over; whoever meets the family tells it.
  "caseload.read": ["admin", "dinsos", ...companions, "psm"],
  "caseload.manage": ["admin", "dinsos"],
  "handover.inform": ["admin", "dinsos", ...companions],
  // Non-government aid: recorded in the field, read by whoever coordinates aid (Tikor).
  "aid.read": familyWorkers,
  "aid.record": ["admin", "dinsos", "tksk", "pendamping_pkh", "psm", "operator_desa"],
  // Distribution (docs/domain.md, The companion's work): Dinas Sosial and the bank bring the lists and the
  // transactions; the TKSK schedules, reconciles and monitors; companions record why a family did not
  // withdraw; an agent sees and records only its own shop's work (the scope layer narrows it).
  "distribution.read": [...familyWorkers, "bank"],
  "distribution.import": ["admin", "dinsos", "bank"],
  "distribution.reconcile": ["admin", "dinsos", "tksk"],
  "distribution.reason": ["admin", "dinsos", ...companions, "psm"],
  "schedule.read": [...familyWorkers, "agen"],
  "schedule.manage": ["admin", "dinsos", "tksk"],
  "transaction.read": ["admin", "dinsos", ...companions, "tikor", "agen", "bank"],
  "transaction.record": ["admin", "agen"],
  "monitoring.read": supervisors,
  "monitoring.manage": ["admin", "dinsos", "tksk", "tikor"],
  "card.read": ["admin", "dinsos", ...companions, "tikor", "bank"],
  "card.manage": ["admin", "dinsos", ...companions, "bank"],
  "anomaly.read": supervisors,
  "anomaly.manage": ["admin", "dinsos", "tksk"],
} as const satisfies Record<TPermission, readonly TRole[]>;

/** Each role's permissions, in the order of `permissions`. */
export const rolePermissions = {} as Record<TRole, readonly TPermission[]>;
for (const role of roles) {
  rolePermissions[role] = permissions.filter((p) => (grants[p] as readonly TRole[]).includes(role));
}

export function roleCan(role: TRole, permission: TPermission): boolean {
  return rolePermissions[role].includes(permission);
}

/**
 * The tabs of the Penyaluran page and the permission that shows each one (an agent sees its schedule and
 * transactions, a bank the lists, the realisation and the transactions). The page and its menu entry
 * both read this, so the entry is there exactly when at least one tab is.
 */
export const distributionTabPermissions = {
  realisasi: "distribution.read",
  jadwal: "schedule.read",
  transaksi: "transaction.read",
  daftar: "distribution.read",
} as const satisfies Record<string, TPermission>;
export type TDistributionTab = keyof typeof distributionTabPermissions;

/**
 * The kinds of file the Impor page uploads and the permission that may import each one (transaction
 * files are uploaded on the Penyaluran page's Transaksi tab). The page and its menu entry both read this.
 */
export const importKindPermissions = {
  anggota: "registry.import",
  peserta: "enrolment.import",
  daftar_bayar: "distribution.import",
  agen: "distribution.import",
} as const satisfies Record<string, TPermission>;
export type TImportKind = keyof typeof importKindPermissions;

/** Each permission once, in first-seen order. */
function anyOf(values: readonly TPermission[]): TPermission[] {
  return [...new Set(values)];
}

/**
 * Menu entries of the web app, shown by permission so the menu and the API agree: an entry is shown when
 * the role has any one of its `permissions` (`null`: to everyone).
 */
export const menuItems = [
  { key: "beranda", path: "/", permissions: null },
  { key: "wilayah", path: "/wilayah", permissions: ["wilayah.read"] },
  { key: "keluarga", path: "/keluarga", permissions: ["registry.read"] },
  { key: "impor", path: "/impor", permissions: anyOf(Object.values(importKindPermissions)) },
  { key: "usulan", path: "/usulan", permissions: ["registry.read"] },
  { key: "duplikat", path: "/duplikat", permissions: ["registry.review"] },
  { key: "program", path: "/program", permissions: ["program.read"] },
  { key: "pendamping", path: "/pendamping", permissions: ["caseload.read"] },
  { key: "bantuan", path: "/bantuan", permissions: ["aid.read"] },
  { key: "penyaluran", path: "/penyaluran", permissions: anyOf(Object.values(distributionTabPermissions)) },
  { key: "monitoring", path: "/monitoring", permissions: ["monitoring.read"] },
  { key: "kartu", path: "/kartu", permissions: ["card.read"] },
  { key: "anomali", path: "/anomali", permissions: ["anomaly.read"] },
  { key: "pengguna", path: "/pengguna", permissions: ["user.read"] },
] as const satisfies readonly { key: string; path: string; permissions: readonly TPermission[] | null }[];
export type TMenuKey = (typeof menuItems)[number]["key"];

export function menuForRole(role: TRole): TMenuKey[] {
  return menuItems
    .filter((item) => item.permissions === null || item.permissions.some((p) => roleCan(role, p)))
    .map((i) => i.key);
}
