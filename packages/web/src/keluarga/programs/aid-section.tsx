import type { TFamily } from "../../api/registry-api.ts";

/** Non-government aid the family received. */
export function AidSection(_props: { family: TFamily }) {
  return null;
}
