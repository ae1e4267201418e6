import type { TFamily } from "../../api/registry-api.ts";

/** The family's PKH entitlement for a stage, component by component. */
export function EntitlementSection(_props: { family: TFamily }) {
  return null;
}
