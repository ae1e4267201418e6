import type { TRole, TUserCreate, TUserPage, TUserUpdate, TUserView } from "@kawal/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";
import { useRefreshingMutation } from "./use-refreshing-mutation.ts";

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
  return useRefreshingMutation(
    (input: TUserCreate) => apiRequest<TUserView>("/api/users", { method: "POST", body: input }),
    usersKey,
  );
}

export function useUpdateUser() {
  return useRefreshingMutation(
    ({ id, patch }: { id: string; patch: TUserUpdate }) =>
      apiRequest<TUserView>(`/api/users/${encodeURIComponent(id)}`, { method: "PATCH", body: patch }),
    usersKey,
  );
}
