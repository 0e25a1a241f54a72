import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { ApiRequestError, isUnauthenticated, queryKeys } from "../api/index.ts";

/**
 * One cache for the app. A 401 anywhere means the session ended (signed out elsewhere, or ended
 * from another device): forget who is signed in, which sends every screen to sign-in.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onAnyError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onAnyError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 0,
        retry: (failures, error) => !(error instanceof ApiRequestError) && failures < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}

function onAnyError(client: QueryClient, error: unknown) {
  if (isUnauthenticated(error)) {
    client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
    client.setQueryData(queryKeys.me, null);
  }
  // Shared features were paused since /api/me was read: refresh it so the menu and the neutral
  // notice catch up (no event announces a pause, on purpose).
  if (error instanceof ApiRequestError && error.code === "couple_paused") {
    void client.invalidateQueries({ queryKey: queryKeys.me });
  }
}
