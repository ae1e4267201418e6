import { Center, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { CursorPager } from "./cursor-pager.tsx";
import { ProblemAlert } from "./problem-alert.tsx";
import type { useCursorPages } from "./use-cursor-pages.ts";

/** What a cursor-paged list query gives: TanStack Query's result for `{ items, nextCursor }`. */
interface TPagedQuery<T> {
  data?: { items: T[]; nextCursor?: string | null };
  error: unknown;
  isPending: boolean;
  isPlaceholderData: boolean;
}

/**
 * One page of a list of cards: the problem, a loader, the empty line or the cards, then the pager.
 * `testId` names the empty line (`<testId>-empty`) and the list (`<testId>-list`).
 */
export function PagedList<T>(props: {
  list: TPagedQuery<T>;
  pages: ReturnType<typeof useCursorPages>;
  testId: string;
  emptyText: string;
  children: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const { list, pages, testId } = props;
  return (
    <>
      {list.error ? <ProblemAlert error={list.error} /> : null}
      {list.isPending && (
        <Center p="lg">
          <Loader size="sm" aria-label={t("app.loading")} />
        </Center>
      )}
      {list.data &&
        (list.data.items.length === 0 ? (
          <Text c="dimmed" data-testid={`${testId}-empty`}>
            {props.emptyText}
          </Text>
        ) : (
          <Stack gap="xs" data-testid={`${testId}-list`}>
            {list.data.items.map(props.children)}
          </Stack>
        ))}
      <CursorPager pages={pages} nextCursor={list.data?.nextCursor} loading={list.isPlaceholderData} />
    </>
  );
}
