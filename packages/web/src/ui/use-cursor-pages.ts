import { useCallback, useState } from "react";

/**
 * Cursor pagination going both ways: the server only knows "the page after this cursor", so the
 * cursors of the pages already seen are kept to step back.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const page = cursors.length;
  const cursor = cursors[cursors.length - 1] ?? null;
  const next = useCallback((nextCursor: string) => setCursors((list) => [...list, nextCursor]), []);
  const previous = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  const reset = useCallback(() => setCursors([null]), []);
  return { page, cursor, next, previous, reset };
}
