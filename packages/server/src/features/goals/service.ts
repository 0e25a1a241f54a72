import {
  type Goal,
  MAX_ACTIVE_GOALS,
  type ReadScope,
  readScope,
  t,
  type Viewer,
  type Visibility,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import type { GoalTable } from "../../db/schema.ts";
import { isUniqueViolation } from "../../db/unique-violation.ts";
import { visibleTo } from "../../db/visibility.ts";
import { HttpError, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import { assertVisibilityAllowed } from "../visibility-choice.ts";

type Row = Omit<GoalTable, "created_at" | "reached_at"> & {
  created_at: string | Date;
  reached_at: string | Date | null;
  author_name: string;
};

const tooMany = () => new HttpError(409, "too_many_goals", t("goal.limit"));

/**
 * Goals, at most two active per person (PRODUCT.md principle 5). An active goal holds one of its
 * author's numbered slots; a unique index on (author, slot) keeps the limit even under races.
 */
export class GoalService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  private visible(viewer: Viewer) {
    return this.visibleIn(readScope(viewer, this.clock.now()));
  }

  private visibleIn(scope: ReadScope) {
    return this.db
      .selectFrom("goal as g")
      .innerJoin("app_user as a", "a.id", "g.author_id")
      .selectAll("g")
      .select("a.display_name as author_name")
      .where(visibleTo(scope, "g"));
  }

  /** Goals within `scope` (a counsellor's consented view). */
  async sharedWith(scope: ReadScope, viewer: Viewer): Promise<Goal[]> {
    const rows = await this.visibleIn(scope)
      .orderBy("g.created_at", "desc")
      .orderBy("g.id")
      .limit(200)
      .execute();
    return this.present(viewer, rows);
  }

  private async freeSlot(authorId: string): Promise<number> {
    const taken = await this.db
      .selectFrom("goal")
      .select("active_slot")
      .where("author_id", "=", authorId)
      .where("active_slot", "is not", null)
      .execute();
    const used = new Set(taken.map((r) => Number(r.active_slot)));
    for (let slot = 1; slot <= MAX_ACTIVE_GOALS; slot++) if (!used.has(slot)) return slot;
    throw tooMany();
  }

  async create(viewer: Viewer, body: { title: string; visibility?: Visibility | undefined }): Promise<Goal> {
    const visibility = body.visibility ?? (viewer.coupleId ? "couple" : "private");
    assertVisibilityAllowed(viewer, visibility);
    const id = newId();
    try {
      await this.db
        .insertInto("goal")
        .values({
          id,
          author_id: viewer.userId,
          couple_id: viewer.coupleId,
          visibility,
          title: body.title,
          status: "active",
          active_slot: await this.freeSlot(viewer.userId),
          created_at: dbTime(this.clock.now()),
          reached_at: null,
        })
        .execute();
    } catch (error) {
      throw isUniqueViolation(error) ? tooMany() : error;
    }
    await this.announce(viewer, visibility, "goal.created", id);
    return this.get(viewer, id);
  }

  async list(viewer: Viewer): Promise<Goal[]> {
    const rows = await this.visible(viewer)
      .orderBy("g.created_at", "desc")
      .orderBy("g.id")
      .limit(200)
      .execute();
    const goals = await this.present(viewer, rows);
    const order = { active: 0, reached: 1, "set-aside": 2 } as const;
    return goals.sort((a, b) => order[a.status] - order[b.status]);
  }

  async get(viewer: Viewer, id: string): Promise<Goal> {
    const row = await this.visible(viewer).where("g.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("goal");
    return (await this.present(viewer, [row]))[0] as Goal;
  }

  /** The author's own goal, or 404 for anyone else (a partner sees shared goals but changes none). */
  private async own(viewer: Viewer, id: string): Promise<Row> {
    const row = await this.visible(viewer).where("g.id", "=", id).executeTakeFirst();
    if (!row || row.author_id !== viewer.userId) throw notFound("goal");
    return row;
  }

  async rename(viewer: Viewer, id: string, title: string): Promise<Goal> {
    const row = await this.own(viewer, id);
    await this.db.updateTable("goal").set({ title }).where("id", "=", id).execute();
    await this.announce(viewer, row.visibility, "goal.renamed", id);
    return this.get(viewer, id);
  }

  async addMilestone(viewer: Viewer, id: string, title: string): Promise<Goal> {
    const row = await this.own(viewer, id);
    if (row.status !== "active")
      throw new HttpError(409, "not_active", "Milestones belong to an active goal.");
    await this.db
      .insertInto("goal_milestone")
      .values({ id: newId(), goal_id: id, title, done_at: null, created_at: dbTime(this.clock.now()) })
      .execute();
    return this.get(viewer, id);
  }

  async milestoneDone(viewer: Viewer, id: string, milestoneId: string): Promise<Goal> {
    const row = await this.own(viewer, id);
    const result = await this.db
      .updateTable("goal_milestone")
      .set({ done_at: dbTime(this.clock.now()) })
      .where("id", "=", milestoneId)
      .where("goal_id", "=", id)
      .where("done_at", "is", null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) > 0)
      await this.announce(viewer, row.visibility, "goal.milestone-reached", id);
    else {
      const exists = await this.db
        .selectFrom("goal_milestone")
        .select("id")
        .where("id", "=", milestoneId)
        .where("goal_id", "=", id)
        .executeTakeFirst();
      if (!exists) throw notFound("milestone");
    }
    return this.get(viewer, id);
  }

  /** Reaching or setting aside frees the goal's slot; resuming needs a free one. */
  async setStatus(viewer: Viewer, id: string, status: "reached" | "set-aside" | "active"): Promise<Goal> {
    const row = await this.own(viewer, id);
    if (row.status === status) return this.get(viewer, id);
    if (row.status === "reached")
      throw new HttpError(409, "already_reached", "This goal is reached; set a new one.");
    try {
      await this.db
        .updateTable("goal")
        .set({
          status,
          active_slot: status === "active" ? await this.freeSlot(viewer.userId) : null,
          ...(status === "reached" && { reached_at: dbTime(this.clock.now()) }),
        })
        .where("id", "=", id)
        .execute();
    } catch (error) {
      throw isUniqueViolation(error) ? tooMany() : error;
    }
    const event = { reached: "goal.reached", "set-aside": "goal.set-aside", active: "goal.resumed" }[status];
    await this.announce(viewer, row.visibility, event, id);
    return this.get(viewer, id);
  }

  private async announce(viewer: Viewer, visibility: string, type: string, subjectId: string) {
    if (visibility !== "couple" || viewer.coupleId === null) return;
    await this.events.publishToCouple(viewer.coupleId, { type, subjectId }, { except: viewer.userId });
  }

  private async present(viewer: Viewer, rows: Row[]): Promise<Goal[]> {
    if (rows.length === 0) return [];
    const milestones = await this.db
      .selectFrom("goal_milestone")
      .selectAll()
      .where(
        "goal_id",
        "in",
        rows.map((r) => r.id),
      )
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    return rows.map((row) => ({
      id: row.id,
      author: { id: row.author_id, displayName: row.author_name },
      mine: row.author_id === viewer.userId,
      title: row.title,
      visibility: row.visibility,
      status: row.status,
      milestones: milestones
        .filter((m) => m.goal_id === row.id)
        .map((m) => ({ id: m.id, title: m.title, doneAt: toIsoOrNull(m.done_at) })),
      createdAt: toIso(row.created_at),
      reachedAt: toIsoOrNull(row.reached_at),
    }));
  }
}
