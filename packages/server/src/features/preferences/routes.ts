import { ApiError, PreferencesResponse, UpdatePreferencesBody } from "@mend/core";
import { EVERYONE, viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

/** The signed-in person's own settings; nobody else ever reads them. */
export function preferenceRoutes(app: ZodApp, { preferences, clock }: Services): void {
  app.get(
    "/api/me/preferences",
    {
      config: { roles: EVERYONE },
      schema: { tags: ["accounts"], response: { 200: PreferencesResponse, 401: ApiError } },
    },
    async (request) => ({ preferences: await preferences.get(viewerOf(request).userId) }),
  );

  app.patch(
    "/api/me/preferences",
    {
      config: { roles: EVERYONE },
      schema: {
        tags: ["accounts"],
        body: UpdatePreferencesBody,
        response: { 200: PreferencesResponse, 400: ApiError, 401: ApiError },
      },
    },
    async (request) => ({
      preferences: await preferences.update(viewerOf(request).userId, request.body, clock.now()),
    }),
  );
}
