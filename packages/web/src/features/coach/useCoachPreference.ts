import { DEFAULT_PREFERENCES } from "@mend/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";

/**
 * Whether this person wants the message coach (stored on the server, so it follows them across
 * devices). While the setting is loading the coach stays off, so someone who turned it off never
 * sees it flash on; if it cannot be read, the default (on) applies.
 */
export function useCoachPreference(): { enabled: boolean; loading: boolean } {
  const preferences = useQuery({
    queryKey: queryKeys.preferences,
    queryFn: api.preferences.get,
    staleTime: 60_000,
  });
  if (preferences.isSuccess) return { enabled: preferences.data.preferences.coachEnabled, loading: false };
  if (preferences.isError) return { enabled: DEFAULT_PREFERENCES.coachEnabled, loading: false };
  return { enabled: false, loading: true };
}

export function useSetCoachPreference() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (coachEnabled: boolean) => api.preferences.update({ coachEnabled }),
    onSuccess: (result) => {
      queryClient.setQueryData(queryKeys.preferences, result);
    },
  });
}
