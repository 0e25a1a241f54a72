import { z } from "zod";
import type { OffsetClock } from "../../clock.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

/**
 * `POST /api/test/clock/advance { ms }` — moves the server's clock forward and runs the jobs that
 * fall due. Registered only when the server was started with MEND_TEST_CLOCK=1 (browser
 * journeys); a normal server has no such route.
 */
export function testClockRoutes(app: ZodApp, clock: OffsetClock, { jobs }: Services): void {
  app.post(
    "/api/test/clock/advance",
    {
      config: { public: true },
      schema: {
        hide: true,
        body: z.object({
          ms: z
            .number()
            .int()
            .min(0)
            .max(366 * 24 * 3_600_000),
        }),
        response: { 200: z.object({ now: z.string(), jobsRun: z.number() }) },
      },
    },
    async (request) => {
      clock.advance(request.body.ms);
      const jobsRun = await jobs.runDue();
      return { now: clock.now().toISOString(), jobsRun };
    },
  );
}
