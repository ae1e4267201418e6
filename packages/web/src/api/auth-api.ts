import type { TLoginInput, TMe } from "@kawal/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest, resetCsrfToken } from "./api-client.ts";
import { isProblemError } from "./problem-error.ts";

export const meQueryKey = ["auth", "me"] as const;

/** The logged-in user, or null when there is no session (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<TMe | null> => {
      try {
        const { user } = await apiRequest<{ user: TMe }>("/api/auth/me");
        return user;
      } catch (error) {
        if (isProblemError(error) && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TLoginInput) =>
      apiRequest<{ user: TMe }>("/api/auth/login", { method: "POST", body: input }),
    onSuccess: ({ user }) => {
      resetCsrfToken();
      // Nothing cached for an earlier user may show to this one.
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, user);
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>("/api/auth/logout", { method: "POST" }),
    onSettled: () => {
      resetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
