import { useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { api, queryKeys } from "../../api/index.ts";
import { useAppNavigate } from "../../app/navigation.tsx";

/** After sign-in or sign-up: drop anything cached for someone else, learn who we are, go on. */
export function useAfterSignIn() {
  const queryClient = useQueryClient();
  const navigate = useAppNavigate();
  return useCallback(async () => {
    queryClient.clear();
    await queryClient.fetchQuery({ queryKey: queryKeys.me, queryFn: api.me });
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
      queryClient.clear();
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
