import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

const key = ["registry", "lastSearch"] as const;

/**
 * The search text, kept in the query cache instead of the URL (it may be a NIK): coming back from a
 * family shows the same results, logging out clears it, and it is forgotten after a few idle minutes.
 */
export function useRememberedSearch(): [string, (text: string) => void] {
  const queryClient = useQueryClient();
  const [text, setText] = useState(() => queryClient.getQueryData<string>(key) ?? "");
  const update = (value: string) => {
    setText(value);
    queryClient.setQueryData(key, value);
  };
  return [text, update];
}
