import type { TWilayahPathEntry } from "../api/wilayah-api.ts";

/** "Jawa Timur › Kabupaten Jombang › Bandarkedungmulyo": where a search hit lies. */
export function formatWilayahPath(path: readonly TWilayahPathEntry[]): string {
  return path.map((entry) => entry.name).join(" › ");
}
