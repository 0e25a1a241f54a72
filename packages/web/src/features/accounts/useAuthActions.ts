import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { useAppNavigate } from "../../app/navigation.tsx";

/** After sign-in or sign-up: drop anything cached for someone else, learn who we are, go on. */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  return useCallback(async () => {
    forgetAllButMe(queryClient);
    // Refetch the existing "me" query (not a new one) so every mounted screen sees the change.
    await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: api.me, staleTime: 0 });
    navigate("/journal");
  }, [queryClient, navigate]);
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  return useCallback(async () => {
    try {
      await api.auth.logout();
    } finally {
      forgetAllButMe(queryClient);
      try {
        sessionStorage.clear();
      } catch {
        // storage unavailable: nothing to clear
      }
      queryClient.setQueryData(queryKeys.me, null);
      navigate("/sign-in");
    }
  }, [queryClient, navigate]);
}

/** Drops everything cached about the previous person, keeping the "me" query its screens watch. */
function forgetAllButMe(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
