import { z } from "zod";
import { listOf } from "../views/collections.ts";
import { wilayahLevels } from "./wilayah-code.ts";

/** The answers of the region routes, shared by the server (its response schemas) and the web app (its types). */
export const ZWilayahLevelName = z.enum(wilayahLevels);

export const ZWilayahPathItem = z.object({ code: z.string(), name: z.string(), level: ZWilayahLevelName });
export type TWilayahPathEntry = z.output<typeof ZWilayahPathItem>;

export const ZWilayahItem = ZWilayahPathItem.extend({
  parentCode: z.string().nullable(),
  childCount: z.number().int(),
});
export type TWilayahItem = z.output<typeof ZWilayahItem>;

/** A region with its ancestors, province first (the region itself is not in `path`). */
export const ZWilayahDetail = ZWilayahItem.extend({ path: z.array(ZWilayahPathItem) });
export type TWilayahDetail = z.output<typeof ZWilayahDetail>;

export const ZWilayahSearchHit = ZWilayahItem.omit({ childCount: true }).extend({
  path: z.array(ZWilayahPathItem),
});
export type TWilayahSearchHit = z.output<typeof ZWilayahSearchHit>;

export const ZWilayahList = listOf(ZWilayahItem);
export type TWilayahList = z.output<typeof ZWilayahList>;

export const ZWilayahSearchResult = listOf(ZWilayahSearchHit);
export type TWilayahSearchResult = z.output<typeof ZWilayahSearchResult>;
