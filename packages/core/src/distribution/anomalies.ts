import { z } from "zod";
import { schemaMessage } from "../i18n/schema-message.ts";
import { ZWilayahCode } from "../wilayah/wilayah-code.ts";
import { type TAnomalyStatus, ZAnomalyKind, ZAnomalyStatus, ZPeriod } from "./distribution.ts";

/**
 * Anomalies in distribution (docs/domain.md, Fraud seen in the field): what detection looks for, the
 * evidence each kind carries, and how a finding moves to its resolution.
 */

/**
 * "Many cards at one agent within a few minutes": at least this many different cards with successful
 * transactions at one agent whose times lie within this many minutes of each other. A companion
 * holding a bundle of KPM cards (the field case: 16 cards held, 17 used) swipes them one after the
 * other; a real queue of families rarely passes eight cards in ten minutes at one counter.
 */
export const BANYAK_KARTU_MIN_CARDS = 8;
export const BANYAK_KARTU_WINDOW_MINUTES = 10;

/**
 * The hours east of UTC of a province's local time (WIB +7, WITA +8, WIT +9). A transaction's date is
 * its date where it happened, so "after the death" compares like with like.
 */
const witaProvinces = ["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"];
const witProvinces = ["81", "82", "91", "92", "93", "94", "95", "96", "97"];
export function utcOffsetHoursOf(wilayahCode: string): 7 | 8 | 9 {
  const province = wilayahCode.slice(0, 2);
  if (witProvinces.includes(province)) return 9;
  if (witaProvinces.includes(province)) return 8;
  return 7;
}
/** The provinces of each zone other than WIB, for SQL that derives a local date from a timestamp. */
export const utcOffsetZones = { 8: witaProvinces, 9: witProvinces } as const;

export const ZAnomalyDetect = z.strictObject({
  program: z.string().trim().min(1).max(20),
  periode: ZPeriod,
  /** Only findings whose desa lies inside this region (itself inside the caller's scope). */
  wilayah: ZWilayahCode.optional(),
});
export type TAnomalyDetect = z.infer<typeof ZAnomalyDetect>;

export const ZAnomalyListQuery = z.strictObject({
  status: ZAnomalyStatus.optional(),
  jenis: ZAnomalyKind.optional(),
  periode: ZPeriod.optional(),
  program: z.string().trim().min(1).max(20).optional(),
  /** The id of the last finding of the previous page. */
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TAnomalyListQuery = z.infer<typeof ZAnomalyListQuery>;

export const ZAnomalyOwner = z.strictObject({ userId: z.uuid() });
export type TAnomalyOwner = z.infer<typeof ZAnomalyOwner>;

/** The statuses a resolution may set; `terbuka` is where every finding starts. */
export const anomalyResolutions = ["ditangani", "selesai", "bukan_masalah"] as const;
export type TAnomalyResolution = (typeof anomalyResolutions)[number];

export const ZAnomalyResolve = z
  .strictObject({
    status: z.enum(anomalyResolutions),
    catatan: z.string().trim().max(2000).optional(),
  })
  .refine((body) => body.status === "ditangani" || (body.catatan ?? "") !== "", {
    path: ["catatan"],
    message: schemaMessage({
      id: "tuliskan catatan penyelesaian untuk status selesai atau bukan_masalah",
      en: "a note is required to close a finding",
    }),
  });
export type TAnomalyResolve = z.infer<typeof ZAnomalyResolve>;

/**
 * Where a finding may go from each status. Closed findings stay closed: a second search never
 * re-opens them either (the unique key keeps the closed row).
 */
export const anomalyTransitions: Record<TAnomalyStatus, readonly TAnomalyResolution[]> = {
  terbuka: ["ditangani", "selesai", "bukan_masalah"],
  ditangani: ["selesai", "bukan_masalah"],
  selesai: [],
  bukan_masalah: [],
};

export function canMoveAnomaly(from: TAnomalyStatus, to: TAnomalyResolution): boolean {
  return anomalyTransitions[from].includes(to);
}
