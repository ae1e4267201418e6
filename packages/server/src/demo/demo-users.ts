import type { TRole } from "@kawal/core";

/** Kecamatan Bandarkedungmulyo, Kabupaten Jombang (11 desa): the place of the demo. */
export const DEMO_KABUPATEN = "35.17";
export const DEMO_KECAMATAN = "35.17.18";
/** Every demo account shares this password; the accounts are marked `is_demo` and named "(Demo)". */
export const DEMO_PASSWORD = "kawal-demo";

export interface TDemoUser {
  username: string;
  fullName: string;
  role: TRole;
  scopes: string[];
}

/** The staff of the demo: an admin, a Dinas Sosial officer, the TKSK, two PKH companions, a PSM per desa. */
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
  ];
}
