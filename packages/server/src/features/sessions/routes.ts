import { ApiError, Id, SessionsResponse } from "@mend/core";
import { z } from "zod";
import { EVERYONE, viewerOf } from "../../http/auth-guard.ts";
import { notFound } from "../../http/errors.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

export function sessionRoutes(app: ZodApp, { sessions }: Services): void {
  app.get(
    "/api/sessions",
    {
      config: { roles: EVERYONE },
      schema: { tags: ["sessions"], response: { 200: SessionsResponse, 401: ApiError } },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const rows = await sessions.list(viewer.userId);
      return { sessions: rows.map((s) => ({ ...s, current: s.id === request.sessionId })) };
    },
  );

  app.delete(
    "/api/sessions/:id",
    {
      config: { roles: EVERYONE },
      schema: {
        tags: ["sessions"],
        params: z.object({ id: Id }),
        response: { 204: z.null(), 401: ApiError, 404: ApiError },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      if (!(await sessions.end(viewer.userId, request.params.id))) throw notFound("session");
      return reply.code(204).send(null);
    },
  );
}
