import { Button } from "@mantine/core";

/** Under a list read page by page: loads the next page while there is one. */
export function MoreButton({
  query,
  label,
  testId,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
  label: string;
  testId: string;
}) {
  if (!query.hasNextPage) return null;
  return (
    <Button
      variant="default"
      size="xs"
      onClick={() => void query.fetchNextPage()}
      loading={query.isFetchingNextPage}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
