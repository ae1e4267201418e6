import { z } from "zod";

/** A whole list an endpoint answers at once: `{ items }`. */
export function listOf<TItem extends z.ZodType>(item: TItem) {
  return z.object({ items: z.array(item) });
}

/**
 * One page of a list read by cursor: `{ items, nextCursor }`, the cursor null on the last page. Every
 * cursor-paged endpoint answers this shape, so the web app pages them all alike.
 */
export function pageOf<TItem extends z.ZodType>(item: TItem) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
