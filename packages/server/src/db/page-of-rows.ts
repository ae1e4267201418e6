/**
 * One page of a keyset-paged list from rows read with `LIMIT limit + 1`: the extra row is never shown,
 * it only tells that a next page exists. The cursor is made from the last row shown (`cursorOf` gets
 * that row and its item, whichever holds the key), null on the last page.
 */
export function pageOfRows<TRow, TItem>(
  rows: readonly TRow[],
  limit: number,
  view: (row: TRow) => TItem,
  cursorOf: (lastRow: TRow, lastItem: TItem) => string,
): { items: TItem[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  const items = shown.map((row) => view(row));
  const lastRow = shown.at(-1);
  const lastItem = items.at(-1);
  const more = rows.length > limit && lastRow !== undefined && lastItem !== undefined;
  return { items, nextCursor: more ? cursorOf(lastRow, lastItem) : null };
}
