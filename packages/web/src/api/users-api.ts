import type { TRole, TUserCreate, TUserPage, TUserUpdate, TUserView } from "@kawal/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

export interface TUserFilter {
  q: string;
  role: TRole | null;
  cursor: string | null;
  limit: number;
}

export type { TUserPage } from "@kawal/core";

const usersKey = ["users"] as const;

export function useUsers(filter: TUserFilter) {
  return useQuery({
    queryKey: [...usersKey, "list", filter],
    queryFn: ({ signal }): Promise<TUserPage> =>
      apiRequest<TUserPage>("/api/users", {
        query: { q: filter.q.trim(), role: filter.role, cursor: filter.cursor, limit: filter.limit },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TUserCreate) => apiRequest<TUserView>("/api/users", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TUserUpdate }) =>
      apiRequest<TUserView>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body: patch }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
