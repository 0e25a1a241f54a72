import {
  dailyTrustAction,
  isValidTimeZone,
  localToday,
  type Situation,
  type TrustActionToday,
  trustActionById,
  type Viewer,
} from "@mend/core";
import type { Clock } from "../../clock.ts";
import { dbTime } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { badField, HttpError } from "../../http/errors.ts";

/**
 * One small suggestion a day per person. It is private to the person: what they skip or do is
 * never shown to the partner, so it cannot become a scorecard.
 */
export class TrustActionService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  private async situations(viewer: Viewer): Promise<Situation[]> {
    if (viewer.coupleId === null) return ["solo", "everyday"];
    const betrayal = await this.db
      .selectFrom("repair")
      .select("id")
      .where("couple_id", "=", viewer.coupleId)
      .where("kind", "=", "betrayal")
      .executeTakeFirst();
    const base: Situation[] = ["everyday", "rebuilding", "distance", "conflict", "solo"];
    return betrayal ? [...base, "after-betrayal"] : base;
  }

  private dayOf(timeZone: string | undefined): string {
    const zone = timeZone ?? "UTC";
    if (!isValidTimeZone(zone)) throw badField("timeZone", "is not a known time zone, e.g. Europe/Berlin");
    return localToday(this.clock.now(), zone);
  }

  async today(viewer: Viewer, timeZone?: string): Promise<TrustActionToday> {
    const day = this.dayOf(timeZone);
    const [log, total] = await Promise.all([
      this.db
        .selectFrom("trust_action_log")
        .select(["action_id", "outcome"])
        .where("user_id", "=", viewer.userId)
        .where("day", "=", day)
        .execute(),
      this.db
        .selectFrom("trust_action_log")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("user_id", "=", viewer.userId)
        .where("outcome", "=", "done")
        .executeTakeFirstOrThrow(),
    ]);
    const done = log.find((l) => l.outcome === "done");
    const doneTotal = Number(total.n);
    if (done) {
      const action = trustActionById(done.action_id);
      return {
        day,
        action: { id: done.action_id, situations: action ? [...action.situations] : [] },
        status: "done",
        doneTotal,
      };
    }
    const skipped = log.filter((l) => l.outcome === "skipped").map((l) => l.action_id);
    const action = dailyTrustAction(viewer.userId, day, await this.situations(viewer), skipped);
    return {
      day,
      action: action && { id: action.id, situations: [...action.situations] },
      status: "open",
      doneTotal,
    };
  }

  async record(viewer: Viewer, outcome: "skipped" | "done", timeZone?: string): Promise<TrustActionToday> {
    const current = await this.today(viewer, timeZone);
    if (current.status === "done") {
      throw new HttpError(409, "already_done", "You have done today's action. A new one comes tomorrow.");
    }
    if (!current.action) {
      throw new HttpError(409, "nothing_left", "You have passed on every suggestion today; that is fine.");
    }
    await this.db
      .insertInto("trust_action_log")
      .values({
        user_id: viewer.userId,
        day: current.day,
        action_id: current.action.id,
        outcome,
        created_at: dbTime(this.clock.now()),
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    return this.today(viewer, timeZone);
  }
}
