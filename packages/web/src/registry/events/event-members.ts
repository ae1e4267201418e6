import type { TLifeEventKind } from "../../api/life-event-api.ts";
import type { TMember } from "../../api/registry-api.ts";
import { ageOf } from "../registry-format.ts";

/** Kinds about a member already in the family; a birth adds one instead. */
export type TMemberEventKind = Exclude<TLifeEventKind, "kelahiran">;

export function isMemberKind(kind: TLifeEventKind): kind is TMemberEventKind {
  return kind !== "kelahiran";
}

/** Child-bearing ages, generously: the list must not hide a real pregnancy, only spare a long scroll. */
const pregnancyAges = { min: 10, max: 55 };

function canBePregnant(member: TMember): boolean {
  const age = ageOf(member.tanggalLahir);
  if (age === null) return true;
  return age.years >= pregnancyAges.min && age.years <= pregnancyAges.max;
}

/**
 * The members a kind of event can be about, as the server would accept them: only active members
 * (one who died or moved has no further events), a pregnancy only for a woman not already pregnant,
 * its end only for one who is. The picker shows only these, so a wrong choice cannot be made.
 */
export function eligibleMembers(kind: TMemberEventKind, members: readonly TMember[]): TMember[] {
  const active = members.filter((member) => member.status === "aktif");
  switch (kind) {
    case "hamil":
      return active.filter((m) => m.jenisKelamin === "P" && m.hamil !== true && canBePregnant(m));
    case "hamil_selesai":
      return active.filter((m) => m.jenisKelamin === "P" && m.hamil === true);
    default:
      return active;
  }
}

/** A masked NIK cannot name a member to the server; roles without full numbers can only add a birth. */
export function hasFullNumbers(members: readonly TMember[]): boolean {
  return members.every((member) => !member.nik.includes("•"));
}
