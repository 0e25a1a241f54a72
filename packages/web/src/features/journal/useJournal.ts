import { allowedVisibilities, type MeResponse, type Visibility } from "@mend/core";
import { useInfiniteQuery } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";

export function useJournalList() {
  return useInfiniteQuery({
    queryKey: queryKeys.journalList,
    queryFn: ({ pageParam }) => api.journal.list(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The same rule the server applies (core policy): sharing needs a linked partner. */
export function visibilitiesFor(me: MeResponse): readonly Visibility[] {
  const linked = me.couple?.partner ? me.couple.id : null;
  return allowedVisibilities({ userId: me.user.id, role: me.user.role, coupleId: linked });
}
