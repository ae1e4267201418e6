import { Button, Group } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** Previous / next buttons of a cursor-paged list (see `useCursorPages`); hidden when there is one page. */
export function CursorPager(props: {
  pages: { page: number; previous: () => void; next: (cursor: string) => void };
  nextCursor: string | null | undefined;
  /** The next page is still loading: its cursor is not known yet. */
  loading: boolean;
  /** Shown between the buttons (a page number). */
  middle?: ReactNode;
  /** Show the buttons even on a single page. */
  always?: boolean;
}) {
  const { t } = useTranslation();
  const { pages, nextCursor, loading, middle, always } = props;
  if (!always && pages.page === 1 && !nextCursor) return null;
  return (
    <Group justify="space-between">
      <Button variant="default" size="xs" disabled={pages.page === 1} onClick={pages.previous}>
        {t("pager.previous")}
      </Button>
      {middle}
      <Button
        variant="default"
        size="xs"
        disabled={!nextCursor || loading}
        onClick={() => nextCursor && pages.next(nextCursor)}
      >
        {t("pager.next")}
      </Button>
    </Group>
  );
}
