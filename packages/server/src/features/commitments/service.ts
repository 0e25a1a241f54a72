import {
  type Commitment,
  type CreateCommitmentBody,
  dateOf,
  dayNumber,
  isOccurrence,
  isValidTimeZone,
  localToday,
  nextOccurrence,
  occurrencesBetween,
  type ReadScope,
  readScope,
  reliability,
  type Schedule,
  type ScheduleBody,
  scheduleProblem,
  type Viewer,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import type { CommitmentTable } from "../../db/schema.ts";
import { visibleTo } from "../../db/visibility.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import { assertVisibilityAllowed } from "../visibility-choice.ts";

/** How far back a day can still be marked, and how many days of marks a commitment shows. */
const MARK_WINDOW_DAYS = 30;
/** Reliability looks back 90 days and compares with the 30 before the last 30. */
const HISTORY_DAYS = 90;

type Row = Omit<CommitmentTable, "created_at"> & { created_at: string | Date; author_name: string };
interface MarkRow {
  occurs_on: string;
  outcome: "kept" | "missed";
  note: string | null;
  acknowledged_at: string | Date | null;
}

/** A schedule as stored: only the fields its kind uses. */
function normalised(body: ScheduleBody): Schedule {
  if (!isValidTimeZone(body.timeZone)) {
    throw badField("schedule.timeZone", "is not a known time zone, e.g. Europe/Berlin");
  }
  const schedule: Schedule =
    body.repeat === "once"
      ? { repeat: "once", startsOn: body.startsOn, timeZone: body.timeZone }
      : body.repeat === "daily"
        ? { repeat: "daily", startsOn: body.startsOn, endsOn: body.endsOn ?? null, timeZone: body.timeZone }
        : {
            repeat: "weekly",
            startsOn: body.startsOn,
            endsOn: body.endsOn ?? null,
            weekdays: [...new Set(body.weekdays ?? [])].sort(),
            timeZone: body.timeZone,
          };
  const problem = scheduleProblem(schedule);
  if (problem) throw badField(problem.field, problem.problem);
  return schedule;
}

function scheduleOf(row: Row): Schedule {
  return JSON.parse(row.schedule) as Schedule;
}

/**
 * The days a series fell due up to `today`: each version counts from its start (never before the
 * previous version closed) to the day before it was closed.
 */
function dueDates(versions: readonly Row[], today: string): string[] {
  const dates: string[] = [];
  let floor = Number.NEGATIVE_INFINITY;
  for (const version of [...versions].sort((a, b) => a.version - b.version)) {
    const schedule = scheduleOf(version);
    const from = dateOf(Math.max(dayNumber(schedule.startsOn), floor, dayNumber(today) - HISTORY_DAYS));
    const to = version.closed_on ? dateOf(dayNumber(version.closed_on) - 1) : today;
    dates.push(...occurrencesBetween(schedule, from, to < today ? to : today));
    if (version.closed_on) floor = dayNumber(version.closed_on);
  }
  return [...new Set(dates)];
}

/** Promises the maker keeps and marks; the partner may only acknowledge ("I noticed"). */
export class CommitmentService {
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
      .selectFrom("commitment as c")
      .innerJoin("app_user as a", "a.id", "c.author_id")
      .selectAll("c")
      .select("a.display_name as author_name")
      .where(visibleTo(scope, "c"));
  }

  /** The latest version of each promise within `scope` (a counsellor's consented view). */
  async sharedWith(scope: ReadScope, viewer: Viewer): Promise<Commitment[]> {
    const rows = await this.visibleIn(scope)
      .where("c.status", "!=", "renegotiated")
      .orderBy("c.created_at", "desc")
      .orderBy("c.id")
      .limit(200)
      .execute();
    return this.present(viewer, rows, scope);
  }

  async create(viewer: Viewer, body: CreateCommitmentBody): Promise<Commitment> {
    assertVisibilityAllowed(viewer, body.visibility);
    const schedule = normalised(body.schedule);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("commitment")
        .values({
          id,
          series_id: id,
          version: 1,
          couple_id: viewer.coupleId,
          author_id: viewer.userId,
          visibility: body.visibility,
          title: body.title,
          schedule: JSON.stringify(schedule),
          status: "active",
          reason: null,
          created_at: dbTime(this.clock.now()),
          closed_on: null,
        })
        .execute();
      await this.announce(viewer, body.visibility, "commitment.created", id, tx);
    });
    return this.get(viewer, id).then((d) => d.commitment);
  }

  /** The latest version of each promise I may see: mine, and my partner's shared ones. */
  async list(viewer: Viewer): Promise<Commitment[]> {
    const rows = await this.visible(viewer)
      .where("c.status", "!=", "renegotiated")
      .orderBy("c.created_at", "desc")
      .orderBy("c.id")
      .limit(200)
      .execute();
    const presented = await this.present(viewer, rows);
    return presented.sort((a, b) => Number(b.status === "active") - Number(a.status === "active"));
  }

  async get(viewer: Viewer, id: string): Promise<{ commitment: Commitment; history: Commitment[] }> {
    const row = await this.visible(viewer).where("c.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("commitment");
    const others = await this.visible(viewer)
      .where("c.series_id", "=", row.series_id)
      .where("c.id", "!=", id)
      .orderBy("c.version", "desc")
      .execute();
    const [commitment, ...history] = await this.present(viewer, [row, ...others]);
    return { commitment: commitment as Commitment, history };
  }

  /** The maker's own, current version: what marking, renegotiating and ending act on. */
  private async ownActive(viewer: Viewer, id: string): Promise<Row> {
    const row = await this.visible(viewer).where("c.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("commitment");
    if (row.author_id !== viewer.userId) {
      throw new HttpError(403, "not_yours", "Only the person who made this promise can change or mark it.");
    }
    if (row.status !== "active") {
      throw new HttpError(409, "not_active", "This version was renegotiated or ended; use the current one.");
    }
    return row;
  }

  async mark(
    viewer: Viewer,
    id: string,
    date: string,
    body: { outcome: "kept" | "missed"; note?: string | undefined },
  ): Promise<Commitment> {
    const row = await this.ownActive(viewer, id);
    const schedule = scheduleOf(row);
    const today = localToday(this.clock.now(), schedule.timeZone);
    if (Number.isNaN(dayNumber(date))) throw badField("date", "must be a date, YYYY-MM-DD");
    if (date > today) throw badField("date", "is still to come; mark it on the day or after");
    if (dayNumber(date) < dayNumber(today) - MARK_WINDOW_DAYS) {
      throw badField("date", `can be marked up to ${MARK_WINDOW_DAYS} days back`);
    }
    if (!isOccurrence(schedule, date)) throw badField("date", "is not a day this promise falls due");
    const now = dbTime(this.clock.now());
    await this.db.transaction().execute(async (tx) => {
      const existing = await tx
        .selectFrom("commitment_mark")
        .select(["outcome"])
        .where("series_id", "=", row.series_id)
        .where("occurs_on", "=", date)
        .executeTakeFirst();
      if (existing) {
        await tx
          .updateTable("commitment_mark")
          .set({
            outcome: body.outcome,
            note: body.note ?? null,
            marked_at: now,
            commitment_id: row.id,
            // An acknowledgement was of a kept promise; a change of outcome withdraws it.
            ...(existing.outcome !== body.outcome && { acknowledged_at: null }),
          })
          .where("series_id", "=", row.series_id)
          .where("occurs_on", "=", date)
          .execute();
      } else {
        await tx
          .insertInto("commitment_mark")
          .values({
            series_id: row.series_id,
            commitment_id: row.id,
            author_id: row.author_id,
            couple_id: row.couple_id,
            visibility: row.visibility,
            occurs_on: date,
            outcome: body.outcome,
            note: body.note ?? null,
            marked_at: now,
            acknowledged_at: null,
          })
          .execute();
      }
      await this.announce(viewer, row.visibility, "commitment.marked", row.id, tx);
    });
    return this.get(viewer, id).then((d) => d.commitment);
  }

  async acknowledge(viewer: Viewer, id: string, date: string): Promise<Commitment> {
    const row = await this.visible(viewer).where("c.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("commitment");
    if (row.author_id === viewer.userId) {
      throw new HttpError(
        409,
        "own_commitment",
        "Acknowledging is for your partner: it is how they say they noticed your kept promise.",
      );
    }
    const mark = await this.db
      .selectFrom("commitment_mark")
      .select(["outcome", "acknowledged_at"])
      .where("series_id", "=", row.series_id)
      .where("occurs_on", "=", date)
      .executeTakeFirst();
    if (mark?.outcome !== "kept") {
      throw new HttpError(
        409,
        "nothing_to_acknowledge",
        "There is no kept promise on that day to acknowledge.",
      );
    }
    if (mark.acknowledged_at === null) {
      await this.db.transaction().execute(async (tx) => {
        await tx
          .updateTable("commitment_mark")
          .set({ acknowledged_at: dbTime(this.clock.now()) })
          .where("series_id", "=", row.series_id)
          .where("occurs_on", "=", date)
          .execute();
        await this.events.publish(
          [
            {
              recipientId: row.author_id,
              coupleId: row.couple_id,
              type: "commitment.acknowledged",
              subjectId: row.id,
            },
          ],
          tx,
        );
      });
    }
    return this.get(viewer, id).then((d) => d.commitment);
  }

  /** A changed promise is a new version; the old one stays in the history with the reason. */
  async renegotiate(
    viewer: Viewer,
    id: string,
    body: { title: string; schedule: ScheduleBody; reason?: string | undefined },
  ): Promise<Commitment> {
    const row = await this.ownActive(viewer, id);
    const schedule = normalised(body.schedule);
    const newVersionId = newId();
    const today = localToday(this.clock.now(), scheduleOf(row).timeZone);
    await this.db.transaction().execute(async (tx) => {
      const closed = await tx
        .updateTable("commitment")
        .set({ status: "renegotiated", closed_on: today, reason: body.reason ?? null })
        .where("id", "=", row.id)
        .where("status", "=", "active")
        .executeTakeFirst();
      if (Number(closed.numUpdatedRows) !== 1) {
        throw new HttpError(
          409,
          "not_active",
          "This version was renegotiated or ended; use the current one.",
        );
      }
      await tx
        .insertInto("commitment")
        .values({
          id: newVersionId,
          series_id: row.series_id,
          version: row.version + 1,
          couple_id: row.couple_id,
          author_id: row.author_id,
          visibility: row.visibility,
          title: body.title,
          schedule: JSON.stringify(schedule),
          status: "active",
          reason: null,
          created_at: dbTime(this.clock.now()),
          closed_on: null,
        })
        .execute();
      await this.announce(viewer, row.visibility, "commitment.renegotiated", newVersionId, tx);
    });
    return this.get(viewer, newVersionId).then((d) => d.commitment);
  }

  async end(viewer: Viewer, id: string, reason: string): Promise<Commitment> {
    const row = await this.ownActive(viewer, id);
    const today = localToday(this.clock.now(), scheduleOf(row).timeZone);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable("commitment")
        .set({ status: "ended", closed_on: today, reason })
        .where("id", "=", row.id)
        .execute();
      await this.announce(viewer, row.visibility, "commitment.ended", row.id, tx);
    });
    return this.get(viewer, id).then((d) => d.commitment);
  }

  private async announce(viewer: Viewer, visibility: string, type: string, subjectId: string, tx: Db) {
    if (visibility !== "couple" || viewer.coupleId === null) return;
    await this.events.publishToCouple(viewer.coupleId, { type, subjectId }, { except: viewer.userId, tx });
  }

  private async present(
    viewer: Viewer,
    rows: Row[],
    scope: ReadScope = readScope(viewer, this.clock.now()),
  ): Promise<Commitment[]> {
    if (rows.length === 0) return [];
    const seriesIds = [...new Set(rows.map((r) => r.series_id))];
    const [versions, marks] = await Promise.all([
      this.visibleIn(scope).where("c.series_id", "in", seriesIds).execute(),
      this.db
        .selectFrom("commitment_mark as m")
        .select(["m.series_id", "m.occurs_on", "m.outcome", "m.note", "m.acknowledged_at"])
        .where("m.series_id", "in", seriesIds)
        .where(visibleTo(scope, "m"))
        .execute(),
    ]);
    return rows.map((row) => {
      const schedule = scheduleOf(row);
      const today = localToday(this.clock.now(), schedule.timeZone);
      const seriesMarks: MarkRow[] = marks.filter((m) => m.series_id === row.series_id);
      const due = dueDates(
        versions.filter((v) => v.series_id === row.series_id),
        today,
      );
      const markByDate = new Map(seriesMarks.map((m) => [m.occurs_on, m]));
      const shown = new Set(due.filter((d) => dayNumber(d) > dayNumber(today) - MARK_WINDOW_DAYS));
      if (row.status === "active" && isOccurrence(schedule, today)) shown.add(today);
      return {
        id: row.id,
        seriesId: row.series_id,
        version: Number(row.version),
        author: { id: row.author_id, displayName: row.author_name },
        mine: row.author_id === viewer.userId,
        title: row.title,
        schedule: { ...schedule, endsOn: schedule.endsOn ?? null },
        visibility: row.visibility,
        status: row.status,
        reason: row.reason,
        createdAt: toIso(row.created_at),
        today,
        nextDue: row.status === "active" ? nextOccurrence(schedule, today) : null,
        occurrences: [...shown]
          .sort()
          .reverse()
          .map((date) => {
            const mark = markByDate.get(date);
            return {
              date,
              outcome: mark?.outcome ?? null,
              note: mark?.note ?? null,
              acknowledgedAt: toIsoOrNull(mark?.acknowledged_at ?? null),
            };
          }),
        reliability: reliability(
          due,
          seriesMarks.map((m) => ({ date: m.occurs_on, outcome: m.outcome })),
          today,
        ),
      };
    });
  }
}
