import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { meQueryKey } from "./api/auth-api.ts";
import { isProblemError } from "./api/problem-error.ts";

/** Retries only what a retry can fix: network failures and server errors, never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // A session that ended mid-use (idle timeout, account disabled): forget the user, so the app shows
  // the login page and comes back here afterwards. `useMe` answers a 401 with null itself.
  const onError = (error: unknown) => {
    if (isProblemError(error) && error.status === 401) client.setQueryData(meQueryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
