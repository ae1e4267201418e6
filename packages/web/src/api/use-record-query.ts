import { useQuery } from "@tanstack/react-query";
import { apiRequest } from "./api-client.ts";

/** One record, read from `path/<id>` under the key `[...queryKey, id]`; nothing is asked until there is an id. */
export function useRecordQuery<T>(queryKey: readonly unknown[], path: string, id: string | null | undefined) {
  return useQuery({
    queryKey: [...queryKey, id],
    queryFn: ({ signal }) => apiRequest<T>(`${path}/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
  });
}
