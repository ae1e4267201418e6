import { Loader, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { ProblemAlert } from "./problem-alert.tsx";

/**
 * What a query shows before its answer can be: a loader, its problem, or one dimmed line when the
 * answer is empty (`isEmpty`); then `children` with the data.
 */
export function QueryState<T>(props: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };
  loaderLabel?: string;
  isEmpty?: (data: T) => boolean;
  emptyText?: ReactNode;
  emptyTestId?: string;
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <Loader size="sm" aria-label={props.loaderLabel} />;
  if (query.isError || query.data === undefined) return <ProblemAlert error={query.error} />;
  if (props.isEmpty?.(query.data)) {
    return (
      <Text size="sm" c="dimmed" data-testid={props.emptyTestId}>
        {props.emptyText}
      </Text>
    );
  }
  return props.children(query.data);
}
