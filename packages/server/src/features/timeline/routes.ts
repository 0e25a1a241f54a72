import { ApiError, TimelineResponse } from "@mend/core";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

export function timelineRoutes(app: ZodApp, { timeline }: Services): void {
  app.get(
    "/api/timeline",
    { schema: { tags: ["timeline"], response: { 200: TimelineResponse, 401: ApiError } } },
    async (request) => timeline.timeline(viewerOf(request)),
  );
}
