import type { ReadScope, Rhythm } from "@mend/core";
import { sql } from "kysely";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";
import { coupleMembers } from "../couples/members.ts";

export interface CheckinRecord {
  id: string;
  coupleId: string;
  periodKey: string;
  opensAt: string;
  closesAt: string | null;
  revealedAt: string | null;
  missedAt: string | null;
}

export interface AnswerRecord {
  checkinId: string;
  authorId: string;
  authorName: string;
  safety: number;
  trust: number;
  appreciation: string;
  worry: string;
  request: string;
  answeredAt: string;
}

export interface RhythmRecord extends Rhythm {
  coupleId: string;
  proposedBy: string;
  proposedByName: string;
  acceptedAt: string | null;
}

const CHECKIN_COLUMNS = [
  "id",
  "couple_id",
  "period_key",
  "opens_at",
  "closes_at",
  "revealed_at",
  "missed_at",
] as const;

function toCheckin(row: {
  id: string;
  couple_id: string;
  period_key: string;
  opens_at: string | Date;
  closes_at: string | Date | null;
  revealed_at: string | Date | null;
  missed_at: string | Date | null;
}): CheckinRecord {
  return {
    id: row.id,
    coupleId: row.couple_id,
    periodKey: row.period_key,
    opensAt: toIso(row.opens_at),
    closesAt: toIsoOrNull(row.closes_at),
    revealedAt: toIsoOrNull(row.revealed_at),
    missedAt: toIsoOrNull(row.missed_at),
  };
}

export const ON_DEMAND_PREFIX = "od:";

export class CheckinRepo {
  constructor(private readonly db: Db) {}

  async rhythm(coupleId: string): Promise<RhythmRecord | undefined> {
    const row = await this.db
      .selectFrom("checkin_rhythm as r")
      .innerJoin("app_user as u", "u.id", "r.proposed_by")
      .select([
        "r.couple_id",
        "r.cadence",
        "r.weekday",
        "r.time",
        "r.time_zone",
        "r.starts_on",
        "r.proposed_by",
        "u.display_name",
        "r.accepted_at",
      ])
      .where("r.couple_id", "=", coupleId)
      .executeTakeFirst();
    return (
      row && {
        coupleId: row.couple_id,
        cadence: row.cadence,
        weekday: Number(row.weekday),
        time: row.time,
        timeZone: row.time_zone,
        startsOn: row.starts_on,
        proposedBy: row.proposed_by,
        proposedByName: row.display_name,
        acceptedAt: toIsoOrNull(row.accepted_at),
      }
    );
  }

  async proposeRhythm(coupleId: string, proposedBy: string, rhythm: Rhythm, now: Date): Promise<void> {
    const values = {
      cadence: rhythm.cadence,
      weekday: rhythm.weekday,
      time: rhythm.time,
      time_zone: rhythm.timeZone,
      starts_on: rhythm.startsOn,
      proposed_by: proposedBy,
      accepted_at: null,
      updated_at: dbTime(now),
    };
    await this.db
      .insertInto("checkin_rhythm")
      .values({ couple_id: coupleId, ...values })
      .onConflict((oc) => oc.column("couple_id").doUpdateSet(values))
      .execute();
  }

  /** Accepts the standing proposal; false when there is none or the proposer is the one accepting. */
  async acceptRhythm(coupleId: string, acceptor: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("checkin_rhythm")
      .set({ accepted_at: dbTime(now), updated_at: dbTime(now) })
      .where("couple_id", "=", coupleId)
      .where("proposed_by", "!=", acceptor)
      .where("accepted_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The check-in of a period, created on first use (the unique key makes racing creators agree). */
  async getOrCreate(
    coupleId: string,
    periodKey: string,
    opensAt: Date,
    closesAt: Date | null,
    id: string,
    now: Date,
  ) {
    await this.db
      .insertInto("checkin")
      .values({
        id,
        couple_id: coupleId,
        period_key: periodKey,
        opens_at: dbTime(opensAt),
        closes_at: closesAt && dbTime(closesAt),
        revealed_at: null,
        missed_at: null,
        created_at: dbTime(now),
      })
      .onConflict((oc) => oc.columns(["couple_id", "period_key"]).doNothing())
      .execute();
    const row = await this.db
      .selectFrom("checkin")
      .select(CHECKIN_COLUMNS)
      .where("couple_id", "=", coupleId)
      .where("period_key", "=", periodKey)
      .executeTakeFirstOrThrow();
    return toCheckin(row);
  }

  async latestOnDemand(coupleId: string): Promise<CheckinRecord | undefined> {
    const row = await this.db
      .selectFrom("checkin")
      .select(CHECKIN_COLUMNS)
      .where("couple_id", "=", coupleId)
      .where("period_key", "like", `${ON_DEMAND_PREFIX}%`)
      .orderBy("opens_at", "desc")
      .executeTakeFirst();
    return row && toCheckin(row);
  }

  /** A check-in of this couple, or undefined (another couple's check-in does not exist for them). */
  async find(coupleId: string, id: string): Promise<CheckinRecord | undefined> {
    const row = await this.db
      .selectFrom("checkin")
      .select(CHECKIN_COLUMNS)
      .where("id", "=", id)
      .where("couple_id", "=", coupleId)
      .executeTakeFirst();
    return row && toCheckin(row);
  }

  async list(coupleId: string, limit = 100): Promise<CheckinRecord[]> {
    const rows = await this.db
      .selectFrom("checkin")
      .select(CHECKIN_COLUMNS)
      .where("couple_id", "=", coupleId)
      .orderBy("opens_at", "desc")
      .limit(limit)
      .execute();
    return rows.map(toCheckin);
  }

  /**
   * Answers of these check-ins that the viewer may read: their own always, the partner's only once
   * the check-in is revealed (revealed_at is the embargo column of the one scoping helper).
   */
  async answers(scope: ReadScope, checkinIds: readonly string[]): Promise<AnswerRecord[]> {
    if (checkinIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("checkin_answer as a")
      .innerJoin("checkin as c", "c.id", "a.checkin_id")
      .innerJoin("app_user as u", "u.id", "a.author_id")
      .select([
        "a.checkin_id",
        "a.author_id",
        "u.display_name",
        "a.safety",
        "a.trust",
        "a.appreciation",
        "a.worry",
        "a.request",
        "a.created_at",
      ])
      .where("a.checkin_id", "in", checkinIds)
      .where(visibleTo(scope, { table: "a", availableFromColumn: "c.revealed_at" }))
      .execute();
    return rows.map((r) => ({
      checkinId: r.checkin_id,
      authorId: r.author_id,
      authorName: r.display_name,
      safety: Number(r.safety),
      trust: Number(r.trust),
      appreciation: r.appreciation,
      worry: r.worry,
      request: r.request,
      answeredAt: toIso(r.created_at),
    }));
  }

  /** Who has answered — ids only, never content — for "your partner has answered". */
  async answeredBy(checkinIds: readonly string[]): Promise<{ checkinId: string; authorId: string }[]> {
    if (checkinIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("checkin_answer")
      .select(["checkin_id", "author_id"])
      .where("checkin_id", "in", checkinIds)
      .execute();
    return rows.map((r) => ({ checkinId: r.checkin_id, authorId: r.author_id }));
  }

  /** Inserts an answer; false when this person already answered (the primary key decides). */
  async insertAnswer(
    tx: Db,
    answer: Omit<AnswerRecord, "authorName" | "answeredAt"> & { coupleId: string },
    now: Date,
  ) {
    const result = await tx
      .insertInto("checkin_answer")
      .values({
        checkin_id: answer.checkinId,
        author_id: answer.authorId,
        couple_id: answer.coupleId,
        visibility: "couple",
        safety: answer.safety,
        trust: answer.trust,
        appreciation: answer.appreciation,
        worry: answer.worry,
        request: answer.request,
        created_at: dbTime(now),
      })
      .onConflict((oc) => oc.columns(["checkin_id", "author_id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /**
   * Reveals a check-in once `required` people have answered. Run after each answer commits, so
   * whichever answer commits second sees both and reveals; true when this call revealed it.
   */
  async revealIfComplete(id: string, required: number, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("checkin")
      .set({ revealed_at: dbTime(now) })
      .where("id", "=", id)
      .where("revealed_at", "is", null)
      .where(
        (eb) => eb.selectFrom("checkin_answer").select(eb.fn.countAll().as("n")).where("checkin_id", "=", id),
        ">=",
        sql.lit(required),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markMissed(id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable("checkin")
      .set({ missed_at: dbTime(now) })
      .where("id", "=", id)
      .where("revealed_at", "is", null)
      .where("missed_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async notes(checkinIds: readonly string[]) {
    if (checkinIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("checkin_note as n")
      .innerJoin("app_user as u", "u.id", "n.author_id")
      .select(["n.id", "n.checkin_id", "n.author_id", "u.display_name", "n.body", "n.created_at"])
      .where("n.checkin_id", "in", checkinIds)
      .orderBy("n.created_at", "asc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      checkinId: r.checkin_id,
      author: { id: r.author_id, displayName: r.display_name },
      body: r.body,
      createdAt: toIso(r.created_at),
    }));
  }

  async insertNote(
    note: { id: string; checkinId: string; coupleId: string; authorId: string; body: string },
    now: Date,
  ) {
    await this.db
      .insertInto("checkin_note")
      .values({
        id: note.id,
        checkin_id: note.checkinId,
        couple_id: note.coupleId,
        author_id: note.authorId,
        body: note.body,
        created_at: dbTime(now),
      })
      .execute();
  }

  /**
   * Agenda items (crossed boundaries) of these check-ins, plus those not yet discussed in any.
   * Scoped by the one helper: they are "couple" entries of the viewer's couple.
   */
  async agenda(scope: ReadScope, checkinIds: readonly string[]) {
    const rows = await this.db
      .selectFrom("checkin_agenda as g")
      .innerJoin("app_user as u", "u.id", "g.author_id")
      .select([
        "g.id",
        "g.checkin_id",
        "g.author_id",
        "u.display_name",
        "g.boundary_id",
        "g.body",
        "g.created_at",
      ])
      .where((eb) =>
        eb.or([
          eb("g.checkin_id", "is", null),
          ...(checkinIds.length > 0 ? [eb("g.checkin_id", "in", checkinIds)] : []),
        ]),
      )
      .where(visibleTo(scope, "g"))
      .orderBy("g.created_at")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      checkinId: r.checkin_id,
      author: { id: r.author_id, displayName: r.display_name },
      boundaryId: r.boundary_id,
      body: r.body,
      createdAt: toIso(r.created_at),
    }));
  }

  /** At a reveal, what was raised until then belongs to that check-in. */
  async attachAgenda(coupleId: string, checkinId: string, now: Date): Promise<void> {
    await this.db
      .updateTable("checkin_agenda")
      .set({ checkin_id: checkinId })
      .where("couple_id", "=", coupleId)
      .where("checkin_id", "is", null)
      .where("created_at", "<=", dbTime(now))
      .execute();
  }

  members(coupleId: string): Promise<string[]> {
    return coupleMembers(this.db, coupleId);
  }
}

export interface RevealedRating {
  author: { id: string; displayName: string };
  safety: number;
  trust: number;
  revealedAt: string;
}

/**
 * The safety and trust ratings of revealed check-ins within `scope`, oldest first: what the
 * timeline charts and what the "when to get help" rules read. Sealed answers never count.
 */
export async function revealedRatings(db: Db, scope: ReadScope): Promise<RevealedRating[]> {
  const rows = await db
    .selectFrom("checkin_answer as x")
    .innerJoin("checkin as c", "c.id", "x.checkin_id")
    .innerJoin("app_user as a", "a.id", "x.author_id")
    .select(["x.author_id", "a.display_name", "x.safety", "x.trust", "c.revealed_at"])
    .where("c.revealed_at", "is not", null)
    .where(visibleTo(scope, { table: "x", availableFromColumn: "c.revealed_at" }))
    .orderBy("c.revealed_at")
    .orderBy("x.created_at")
    .execute();
  return rows.flatMap((r) =>
    r.revealed_at === null
      ? []
      : [
          {
            author: { id: r.author_id, displayName: r.display_name },
            safety: Number(r.safety),
            trust: Number(r.trust),
            revealedAt: toIso(r.revealed_at),
          },
        ],
  );
}
