import type { TRole } from "@kawal/core";

/** Kecamatan Bandarkedungmulyo, Kabupaten Jombang (11 desa): the place of the demo. */
export const DEMO_KABUPATEN = "35.17";
export const DEMO_KECAMATAN = "35.17.18";
/** Every demo account shares this password; the accounts are marked `is_demo` and named "(Demo)". */
export const DEMO_PASSWORD = "kawal-demo";

/** The agents' own logins, in the first and the second desa; the shops are in `demo-distribution-agents.ts`. */
export const DEMO_AGENT_USERS = [
  { username: "agen01", fullName: "Siti Aminah, e-Warong Sumber Rejeki (Demo)" },
  { username: "agen02", fullName: "Bambang Irawan, e-Warong Barokah Jaya (Demo)" },
] as const;

export interface TDemoUser {
  username: string;
  fullName: string;
  role: TRole;
  scopes: string[];
}

/**
 * The staff of the demo: an admin, a Dinas Sosial officer, the TKSK, two PKH companions, a PSM per desa,
 * and the logins of two e-Warong agents (in the first two desa; `agen.user_id` links each to its shop).
 */
export function demoUsers(desaCodes: readonly string[]): TDemoUser[] {
  const half = Math.ceil(desaCodes.length / 2);
  return [
    { username: "admin", fullName: "Admin Kawal (Demo)", role: "admin", scopes: ["ID"] },
    {
      username: "dinsos",
      fullName: "Sri Wahyuni, Dinas Sosial Jombang (Demo)",
      role: "dinsos",
      scopes: [DEMO_KABUPATEN],
    },
    {
      username: "tksk",
      fullName: "Agus Santoso, TKSK Bandarkedungmulyo (Demo)",
      role: "tksk",
      scopes: [DEMO_KECAMATAN],
    },
    {
      username: "pkh1",
      fullName: "Dewi Lestari, Pendamping PKH (Demo)",
      role: "pendamping_pkh",
      scopes: desaCodes.slice(0, half),
    },
    {
      username: "pkh2",
      fullName: "Rudi Hartono, Pendamping PKH (Demo)",
      role: "pendamping_pkh",
      scopes: desaCodes.slice(half),
    },
    ...desaCodes.map((code, i) => ({
      username: `psm${String(i + 1).padStart(2, "0")}`,
      fullName: `PSM Desa ${code.slice(-4)} (Demo)`,
      role: "psm" as const,
      scopes: [code],
    })),
    ...DEMO_AGENT_USERS.map((u, i) => ({
      username: u.username,
      fullName: u.fullName,
      role: "agen" as const,
      scopes: desaCodes.slice(i, i + 1),
    })),
  ];
}
