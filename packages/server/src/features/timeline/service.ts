import { readScope, type TimelineItem, type Viewer } from "@mend/core";
import type { Clock } from "../../clock.ts";
import { toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";
import { revealedRatings } from "../checkins/repo.ts";

type Person = { id: string; displayName: string };
const item = (
  kind: TimelineItem["kind"],
  at: string | Date,
  extra: Partial<TimelineItem> = {},
): TimelineItem => ({
  kind,
  at: toIso(at),
  by: null,
  title: null,
  count: null,
  ...extra,
});

/**
 * "How far we've come": the couple's shared milestones across features and the revealed check-in
 * ratings. Only what both partners can see counts — shared ("couple") entries through the one
 * scoping helper, and facts of the couple itself; private entries never appear here.
 */
export class TimelineService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  async timeline(viewer: Viewer) {
    const scope = readScope(viewer, this.clock.now());
    const shared = <T extends string>(table: T) => visibleTo(scope, table);
    const coupleId = viewer.coupleId;
    const person = (id: string, displayName: string): Person => ({ id, displayName });

    const [couple, checkins, kept, goals, milestones, boundaries, repairs, ratings] = await Promise.all([
      coupleId
        ? this.db.selectFrom("couple").select("created_at").where("id", "=", coupleId).executeTakeFirst()
        : undefined,
      coupleId
        ? this.db
            .selectFrom("checkin")
            .select("revealed_at")
            .where("couple_id", "=", coupleId)
            .where("revealed_at", "is not", null)
            .orderBy("revealed_at")
            .limit(1)
            .execute()
        : [],
      this.db
        .selectFrom("commitment_mark as m")
        .select(["m.occurs_on"])
        .where("m.outcome", "=", "kept")
        .where("m.visibility", "=", "couple")
        .where(shared("m"))
        .execute(),
      this.db
        .selectFrom("goal as g")
        .innerJoin("app_user as a", "a.id", "g.author_id")
        .select(["g.title", "g.reached_at", "g.author_id", "a.display_name"])
        .where("g.status", "=", "reached")
        .where("g.visibility", "=", "couple")
        .where(shared("g"))
        .execute(),
      this.db
        .selectFrom("goal_milestone as s")
        .innerJoin("goal as g", "g.id", "s.goal_id")
        .innerJoin("app_user as a", "a.id", "g.author_id")
        .select(["s.title", "s.done_at", "g.author_id", "a.display_name"])
        .where("s.done_at", "is not", null)
        .where("g.visibility", "=", "couple")
        .where(shared("g"))
        .execute(),
      this.db
        .selectFrom("boundary as b")
        .select(["b.body", "b.responded_at"])
        .where("b.status", "=", "agreed")
        .where(shared("b"))
        .execute(),
      coupleId
        ? this.db
            .selectFrom("repair")
            .select(["title", "ritual_done_at"])
            .where("couple_id", "=", coupleId)
            .where("ritual_done_at", "is not", null)
            .execute()
        : [],
      revealedRatings(this.db, scope),
    ]);

    const items: TimelineItem[] = [];
    if (couple) items.push(item("linked", couple.created_at));
    for (const c of checkins) if (c.revealed_at) items.push(item("first-checkin", c.revealed_at));
    const keptByMonth = new Map<string, number>();
    for (const k of kept)
      keptByMonth.set(k.occurs_on.slice(0, 7), (keptByMonth.get(k.occurs_on.slice(0, 7)) ?? 0) + 1);
    for (const [month, count] of keptByMonth) {
      items.push(item("commitments-kept", lastMomentOf(month, this.clock.now()), { count }));
    }
    for (const g of goals) {
      if (g.reached_at)
        items.push(
          item("goal-reached", g.reached_at, { title: g.title, by: person(g.author_id, g.display_name) }),
        );
    }
    for (const m of milestones) {
      if (m.done_at)
        items.push(
          item("milestone-reached", m.done_at, { title: m.title, by: person(m.author_id, m.display_name) }),
        );
    }
    for (const b of boundaries)
      if (b.responded_at) items.push(item("boundary-agreed", b.responded_at, { title: b.body }));
    for (const r of repairs)
      if (r.ritual_done_at) items.push(item("repair-done", r.ritual_done_at, { title: r.title }));
    items.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

    return {
      items,
      ratings: ratings.map((r) => ({
        at: r.revealedAt,
        author: r.author,
        mine: r.author.id === viewer.userId,
        safety: r.safety,
        trust: r.trust,
      })),
    };
  }
}

/** A month's summary sits at its end, or now while the month is still running. */
function lastMomentOf(month: string, now: Date): Date {
  const [year, m] = month.split("-").map(Number);
  const end = new Date(Date.UTC(year ?? 1970, m ?? 1, 1) - 1);
  return end < now ? end : now;
}
