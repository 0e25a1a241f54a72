import { sql } from "kysely";
import type { Clock } from "../clock.ts";
import { MINUTE } from "../clock.ts";
import { dbTime, toIso } from "../db/convert.ts";
import type { Db } from "../db/database.ts";

/**
 * Failed sign-ins are counted in fixed 15-minute windows under three keys. The tight limit is on
 * the pair (account, address), so someone guessing from their own device is slowed at once but
 * cannot lock the owner out of their account from elsewhere. A looser per-account limit slows
 * guessing spread across many addresses, and a per-address limit slows one address trying many
 * accounts. Every limit lifts by itself when its window ends: there is no permanent lockout.
 * Counters live in the database so several app instances share them.
 */
export const THROTTLE_WINDOW_MS = 15 * MINUTE;
const LIMITS = { pair: 5, account: 50, address: 100 } as const;

type Scope = keyof typeof LIMITS;

function keys(email: string, address: string): Record<Scope, string> {
  return { pair: `pair:${email}|${address}`, account: `account:${email}`, address: `address:${address}` };
}

export class LoginThrottle {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Seconds to wait before trying again, or 0 when a try is allowed now. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const k = keys(email, address);
    const rows = await this.db
      .selectFrom("login_throttle")
      .select(["key", "window_start", "failures"])
      .where("key", "in", Object.values(k))
      .execute();
    const now = this.clock.now().getTime();
    let wait = 0;
    for (const scope of Object.keys(LIMITS) as Scope[]) {
      const row = rows.find((r) => r.key === k[scope]);
      if (!row) continue;
      const windowEnds = new Date(toIso(row.window_start)).getTime() + THROTTLE_WINDOW_MS;
      if (windowEnds > now && row.failures >= LIMITS[scope]) {
        wait = Math.max(wait, Math.ceil((windowEnds - now) / 1000));
      }
    }
    return wait;
  }

  /** Counts one failure under every key; a window that has ended starts again at 1. */
  async recordFailure(email: string, address: string): Promise<void> {
    const now = this.clock.now();
    const windowOpenedAfter = dbTime(new Date(now.getTime() - THROTTLE_WINDOW_MS));
    for (const key of Object.values(keys(email, address))) {
      await this.db
        .insertInto("login_throttle")
        .values({ key, window_start: dbTime(now), failures: 1 })
        .onConflict((oc) =>
          oc.column("key").doUpdateSet({
            failures: sql<number>`case when login_throttle.window_start <= ${windowOpenedAfter} then 1 else login_throttle.failures + 1 end`,
            window_start: sql<string>`case when login_throttle.window_start <= ${windowOpenedAfter} then ${dbTime(now)} else login_throttle.window_start end`,
          }),
        )
        .execute();
    }
  }

  /** A correct password clears the pair's count (not the others: they guard against spread attacks). */
  async recordSuccess(email: string, address: string): Promise<void> {
    await this.db.deleteFrom("login_throttle").where("key", "=", keys(email, address).pair).execute();
  }
}
