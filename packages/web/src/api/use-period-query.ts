import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/**
 * What one programme's period looks like from `path` (`?program=&periode=`), under the key
 * `[...queryKey, program, periode]`. Without `periode` nothing is asked, unless `latestWithout`: the
 * server then answers for the latest period.
 */
export function usePeriodQuery<T>(
  queryKey: readonly unknown[],
  path: string,
  program: string,
  periode: string | null,
  latestWithout = false,
) {
  return useQuery({
    queryKey: [...queryKey, program, periode],
    queryFn: ({ signal }) => apiRequest<T>(path, { query: { program, periode }, signal }),
    enabled: latestWithout || Boolean(periode),
  });
}
