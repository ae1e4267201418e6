import type { TFamily } from "../../api/registry-api.ts";

/** The family's programme enrolments and their history. */
export function EnrolmentSection(_props: { family: TFamily }) {
  return null;
}
