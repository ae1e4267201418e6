import { z } from "zod";
import { ZRegionRef } from "../wilayah/region-ref.ts";

/**
 * Field groups that many answers carry with one meaning, spread into their objects
 * (`z.object({ id: z.string(), ...programPeriodFields, ... })`) so each is spelled once. The spread
 * keeps every answer's fields and their order as they were.
 */

/** The programme (`SEMBAKO`, `PKH`, ...) and the distribution period (`YYYY-MM`) an answer is about. */
export const programPeriodFields = { program: z.string(), periode: z.string() };

/** The desa a summary row is about, and the kecamatan it lies in (for grouping and sorting the rows). */
export const desaKecamatanFields = { desa: ZRegionRef, kecamatan: ZRegionRef };
