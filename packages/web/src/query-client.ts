import { QueryCache, QueryClient } from "@tanstack/react-query";
import { meQueryKey } from "./api/auth-api.ts";
import { isProblemError } from "./api/problem-error.ts";

/** Retries only what a retry can fix: network failures and server errors, never a 4xx answer. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isProblemError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // A session that expired mid-use: forget the user so the app shows the login page.
        if (isProblemError(error) && error.status === 401 && query.queryKey !== meQueryKey) {
          client.setQueryData(meQueryKey, null);
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return client;
}
