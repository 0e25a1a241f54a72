import { type CreateLetterBody, canRead, type Letter, readScope, type Viewer } from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { DAY } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import type { EventStore } from "../../realtime/events.ts";
import { requireCouple } from "../visibility-choice.ts";

/** A letter may be timed up to a year ahead; further is more likely a typo than a plan. */
const LONGEST_DELAY_MS = 366 * DAY;

interface Row {
  id: string;
  couple_id: string | null;
  author_id: string;
  author_name: string;
  kind: "letter" | "unsent";
  visibility: "private" | "couple";
  body: string;
  deliver_at: string | Date;
  copied_from: string | null;
  created_at: string | Date;
}

/**
 * Letters to the partner, optionally timed, and unsent letters that stay with their author for
 * good. A timed letter is invisible to the partner until its time, everywhere: the read scope
 * carries `deliver_at` as an embargo, events and e-mail wait for the delivery job.
 */
export class LetterService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    jobs.register("letter.deliver", async (payload) => {
      if (typeof payload.letterId === "string") await this.announce(payload.letterId);
    });
  }

  private visible(viewer: Viewer, now: Date) {
    return this.db
      .selectFrom("letter as l")
      .innerJoin("app_user as a", "a.id", "l.author_id")
      .select([
        "l.id",
        "l.couple_id",
        "l.author_id",
        "a.display_name as author_name",
        "l.kind",
        "l.visibility",
        "l.body",
        "l.deliver_at",
        "l.copied_from",
        "l.created_at",
      ])
      .where(visibleTo(readScope(viewer, now), { table: "l", availableFromColumn: "deliver_at" }));
  }

  private present(row: Row, viewer: Viewer, now: Date): Letter {
    const deliverAt = toIso(row.deliver_at);
    return {
      id: row.id,
      kind: row.kind,
      author: { id: row.author_id, displayName: row.author_name },
      mine: row.author_id === viewer.userId,
      body: row.body,
      deliverAt: row.kind === "unsent" ? null : deliverAt,
      delivered: row.kind === "letter" && new Date(deliverAt).getTime() <= now.getTime(),
      copiedFrom: row.copied_from,
      createdAt: toIso(row.created_at),
    };
  }

  private checkDeliverAt(value: string | undefined, now: Date): Date {
    if (value === undefined) return now;
    const at = new Date(value);
    if (at.getTime() <= now.getTime()) throw badField("deliverAt", "must be in the future");
    if (at.getTime() - now.getTime() > LONGEST_DELAY_MS) throw badField("deliverAt", "must be within a year");
    return at;
  }

  async create(viewer: Viewer, input: CreateLetterBody): Promise<Letter> {
    const now = this.clock.now();
    if (input.kind === "unsent") {
      if (input.deliverAt !== undefined) throw badField("deliverAt", "an unsent letter is never delivered");
      return this.insert(viewer, { body: input.body, kind: "unsent", deliverAt: now, copiedFrom: null }, now);
    }
    requireCouple(viewer);
    const deliverAt = this.checkDeliverAt(input.deliverAt, now);
    return this.insert(viewer, { body: input.body, kind: "letter", deliverAt, copiedFrom: null }, now);
  }

  /** Sends a copy of one of my unsent letters as a new letter; the unsent one stays as it was. */
  async sendCopy(viewer: Viewer, id: string, deliverAtInput: string | undefined): Promise<Letter> {
    const now = this.clock.now();
    const original = await this.visible(viewer, now).where("l.id", "=", id).executeTakeFirst();
    if (!original || original.author_id !== viewer.userId) throw notFound("letter");
    if (original.kind !== "unsent") throw new HttpError(409, "already_sent", "This letter was already sent.");
    requireCouple(viewer);
    const deliverAt = this.checkDeliverAt(deliverAtInput, now);
    return this.insert(
      viewer,
      { body: original.body, kind: "letter", deliverAt, copiedFrom: original.id },
      now,
    );
  }

  private async insert(
    viewer: Viewer,
    letter: { body: string; kind: "letter" | "unsent"; deliverAt: Date; copiedFrom: string | null },
    now: Date,
  ): Promise<Letter> {
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("letter")
        .values({
          id,
          couple_id: viewer.coupleId,
          author_id: viewer.userId,
          kind: letter.kind,
          visibility: letter.kind === "unsent" ? "private" : "couple",
          body: letter.body,
          deliver_at: dbTime(letter.deliverAt),
          copied_from: letter.copiedFrom,
          created_at: dbTime(now),
        })
        .execute();
      if (letter.kind === "letter" && letter.deliverAt.getTime() > now.getTime()) {
        // A timed letter is announced by a job at its time (the event and the e-mail).
        await this.jobs.enqueue("letter.deliver", { letterId: id }, letter.deliverAt, {
          dedupeKey: `letter:${id}`,
          tx,
        });
      }
    });
    // A letter sent now is announced at once, so the partner's open screen updates live.
    if (letter.kind === "letter" && letter.deliverAt.getTime() <= now.getTime()) await this.announce(id);
    return this.get(viewer, id);
  }

  /** Tells the partner a letter has arrived — only if it is still a letter they may read now. */
  private async announce(letterId: string): Promise<void> {
    const now = this.clock.now();
    const letter = await this.db
      .selectFrom("letter")
      .select(["id", "couple_id", "author_id", "visibility", "deliver_at"])
      .where("id", "=", letterId)
      .executeTakeFirst();
    if (!letter?.couple_id || letter.visibility !== "couple") return;
    const partners = await this.db
      .selectFrom("app_user")
      .select(["id", "role", "couple_id"])
      .where("couple_id", "=", letter.couple_id)
      .where("id", "!=", letter.author_id)
      .execute();
    const facts = {
      authorId: letter.author_id,
      coupleId: letter.couple_id,
      visibility: letter.visibility,
      availableFrom: toIso(letter.deliver_at),
    };
    const readers = partners.filter((p) =>
      canRead({ userId: p.id, role: p.role, coupleId: p.couple_id }, facts, now),
    );
    await this.db.transaction().execute(async (tx) => {
      await this.events.publish(
        readers.map((p) => ({
          recipientId: p.id,
          coupleId: letter.couple_id,
          type: "letter.delivered",
          subjectId: letter.id,
        })),
        tx,
      );
      for (const reader of readers) {
        await this.jobs.enqueue("mail.notify", { userId: reader.id, template: "newLetter" }, now, {
          dedupeKey: `mail:letter:${letter.id}:${reader.id}`,
          tx,
        });
      }
    });
  }

  async list(viewer: Viewer): Promise<Letter[]> {
    const now = this.clock.now();
    const rows = await this.visible(viewer, now)
      .orderBy("l.deliver_at", "desc")
      .orderBy("l.id", "desc")
      .limit(200)
      .execute();
    return rows.map((r) => this.present(r, viewer, now));
  }

  async get(viewer: Viewer, id: string): Promise<Letter> {
    const now = this.clock.now();
    const row = await this.visible(viewer, now).where("l.id", "=", id).executeTakeFirst();
    if (
      !row ||
      !canRead(
        viewer,
        {
          authorId: row.author_id,
          coupleId: row.couple_id,
          visibility: row.visibility,
          availableFrom: toIso(row.deliver_at),
        },
        now,
      )
    ) {
      throw notFound("letter");
    }
    return this.present(row, viewer, now);
  }
}
