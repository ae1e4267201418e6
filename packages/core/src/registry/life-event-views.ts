import { z } from "zod";
import { ZFamily } from "./registry-views.ts";

/**
 * Life events a companion records on a family (docs/domain.md, "Registry": births, deaths, moves, school
 * level changes, pregnancy, disability), in the order the form offers them.
 */
export const lifeEventKinds = [
  "kelahiran",
  "kematian",
  "pindah",
  "sekolah",
  "hamil",
  "hamil_selesai",
  "disabilitas",
] as const;
export type TLifeEventKind = (typeof lifeEventKinds)[number];

/** Only these relationships are possible for a newborn: never a head, spouse, parent or in-law. */
export const newbornHubungan = ["anak", "cucu", "famili", "lainnya"] as const;

/** The answer to a recorded event: its id and the family page as it is now. */
export const ZLifeEventResult = z.object({
  eventId: z.string(),
  kind: z.enum(lifeEventKinds),
  family: ZFamily,
});
export type TLifeEventResult = z.output<typeof ZLifeEventResult>;
