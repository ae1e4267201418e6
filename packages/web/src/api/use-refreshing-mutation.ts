import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";

/**
 * A write after which the queries under `queryKey` are fetched again: after it succeeded, or, for a write
 * that may have been stored even though it failed (a reused Idempotency-Key), after either answer.
 */
export function useRefreshingMutation<TData, TVariables>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  queryKey: QueryKey,
  refreshAfter: "success" | "settled" = "success",
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  return useMutation({
    mutationFn,
    ...(refreshAfter === "success" ? { onSuccess: refresh } : { onSettled: refresh }),
  });
}
