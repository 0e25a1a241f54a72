import { sql } from "kysely";
import type { Clock } from "../clock.ts";
import { dbTime, toIso } from "../db/convert.ts";
import type { Db } from "../db/database.ts";
import { HttpError } from "./errors.ts";

/**
 * Fixed-window counters in the database, so a limit holds across every app instance. One
 * statement counts the hit and starts a new window when the old one has ended.
 */
export class RateLimiter {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Counts a hit under `key`; throws 429 with Retry-After once `limit` hits fall in one window. */
  async hit(key: string, limit: number, windowMs: number): Promise<void> {
    const now = this.clock.now();
    const windowOpenedAfter = dbTime(new Date(now.getTime() - windowMs));
    await this.db
      .insertInto("rate_limit")
      .values({ key, window_start: dbTime(now), hits: 1 })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          hits: sql<number>`case when rate_limit.window_start <= ${windowOpenedAfter} then 1 else rate_limit.hits + 1 end`,
          window_start: sql<string>`case when rate_limit.window_start <= ${windowOpenedAfter} then ${dbTime(now)} else rate_limit.window_start end`,
        }),
      )
      .execute();
    const row = await this.db
      .selectFrom("rate_limit")
      .select(["hits", "window_start"])
      .where("key", "=", key)
      .executeTakeFirst();
    if (row && row.hits > limit) {
      const retryAfter = Math.max(
        1,
        Math.ceil((new Date(toIso(row.window_start)).getTime() + windowMs - now.getTime()) / 1000),
      );
      throw new HttpError(429, "too_many_requests", "Too many requests. Please wait a moment.", undefined, {
        "retry-after": String(retryAfter),
      });
    }
  }
}
