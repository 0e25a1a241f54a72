import { ApiError, CoachAnalyzeBody, CoachAnalyzeResponse } from "@mend/core";
import { analyzeMessage, suggestRewrite } from "@mend/core/coach/index";
import { MINUTE } from "../../clock.ts";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

/** Per person; the web app runs the coach itself, so this serves other clients and stays modest. */
export const COACH_REQUESTS_PER_MINUTE = 60;

/**
 * The message coach for clients that cannot run the library. The text is analysed and forgotten:
 * it is never stored, and Fastify never logs bodies.
 */
export function coachRoutes(app: ZodApp, { rateLimiter }: Services): void {
  app.post(
    "/api/coach/analyze",
    {
      schema: {
        tags: ["coach"],
        body: CoachAnalyzeBody,
        response: { 200: CoachAnalyzeResponse, 400: ApiError, 401: ApiError, 429: ApiError },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      await rateLimiter.hit(`coach:${viewer.userId}`, COACH_REQUESTS_PER_MINUTE, MINUTE);
      const { kinds, flags } = analyzeMessage(request.body.text);
      const rewrite = request.body.rewrite && flags.length > 0 ? suggestRewrite(request.body.text) : null;
      return { kinds, flags, rewrite };
    },
  );
}
