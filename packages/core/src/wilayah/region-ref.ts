import { z } from "zod";

/** A region as answers name it: its code and its name (a desa beside a family, a kecamatan in a summary). */
export const ZRegionRef = z.object({ code: z.string(), name: z.string() });
export type TRegionRef = z.infer<typeof ZRegionRef>;
