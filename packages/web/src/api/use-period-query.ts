import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/**
 * What one programme's period looks like from `path` (`?program=&periode=`), kept under the module's
 * key (`family`) so its writes refresh it. Without `periode` nothing is asked, unless `latestWithout`:
 * the server then answers for the latest period.
 */
export function usePeriodQuery<T>(
  family: readonly unknown[],
  path: string,
  program: string,
  periode: string | null,
  latestWithout = false,
) {
  return useQuery({
    queryKey: [...family, path, program, periode],
    queryFn: ({ signal }) => apiRequest<T>(path, { query: { program, periode }, signal }),
    enabled: latestWithout || Boolean(periode),
  });
}
