import type { MeResponse } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { api, queryKeys } from "../api/index.ts";

/** Who is signed in: `undefined` while loading, `null` when signed out. */
export function useMe() {
  return useQuery<MeResponse | null>({ queryKey: queryKeys.me, queryFn: api.me });
}
