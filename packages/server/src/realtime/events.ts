import type { Clock } from "../clock.ts";
import { dbTime } from "../db/convert.ts";
import type { Db } from "../db/database.ts";
import type { Notifier } from "./notifier.ts";

/**
 * Events say that something happened and to what (a type and an id), never what anyone wrote:
 * the client fetches the thing itself through the routes, which apply the privacy policy.
 */
export interface NewEvent {
  recipientId: string;
  coupleId: string | null;
  type: string;
  subjectId?: string;
}

export interface StoredEvent {
  id: number;
  type: string;
  subjectId: string | null;
}

export class EventStore {
  constructor(
    private readonly db: Db,
    readonly notifier: Notifier,
    private readonly clock: Clock,
  ) {}

  /** Records events (inside the caller's transaction when given one) and wakes their streams. */
  async publish(events: readonly NewEvent[], tx: Db = this.db): Promise<void> {
    if (events.length === 0) return;
    const now = dbTime(this.clock.now());
    await tx
      .insertInto("event")
      .values(
        events.map((e) => ({
          recipient_id: e.recipientId,
          couple_id: e.coupleId,
          type: e.type,
          subject_id: e.subjectId ?? null,
          created_at: now,
        })),
      )
      .execute();
    await this.notifier.notify(
      tx,
      events.map((e) => e.recipientId),
    );
  }

  /**
   * Tells the current members of a couple (all, or all but `except`, usually the author) that
   * something happened. Inside a transaction pass it: SQLite has one connection.
   */
  async publishToCouple(
    coupleId: string,
    event: { type: string; subjectId?: string },
    options: { except?: string; tx?: Db } = {},
  ): Promise<void> {
    const tx = options.tx ?? this.db;
    let members = tx.selectFrom("app_user").select("id").where("couple_id", "=", coupleId);
    if (options.except) members = members.where("id", "!=", options.except);
    const recipients = await members.execute();
    await this.publish(
      recipients.map((r) => ({ recipientId: r.id, coupleId, ...event })),
      tx,
    );
  }

  /** A person's events after `afterId`, oldest first. */
  async after(recipientId: string, afterId: number, limit = 100): Promise<StoredEvent[]> {
    const rows = await this.db
      .selectFrom("event")
      .select(["id", "type", "subject_id"])
      .where("recipient_id", "=", recipientId)
      .where("id", ">", afterId)
      .orderBy("id", "asc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: Number(r.id), type: r.type, subjectId: r.subject_id }));
  }

  /** The newest event id of a person, so a fresh stream starts from now rather than replaying history. */
  async latestId(recipientId: string): Promise<number> {
    const row = await this.db
      .selectFrom("event")
      .select((eb) => eb.fn.max("id").as("max"))
      .where("recipient_id", "=", recipientId)
      .executeTakeFirst();
    return Number(row?.max ?? 0);
  }
}
