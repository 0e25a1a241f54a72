import {
  type Boundary,
  dateOf,
  dayNumber,
  type ProposeBoundaryBody,
  type ReadScope,
  readScope,
  type Viewer,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import type { BoundaryTable } from "../../db/schema.ts";
import { visibleTo } from "../../db/visibility.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import type { EventStore } from "../../realtime/events.ts";
import { coupleMembers } from "../couples/members.ts";
import { requireCouple } from "../visibility-choice.ts";

/** Agreements are looked at again after this long unless the couple picks a date. */
const DEFAULT_REVIEW_DAYS = 90;

type Row = Omit<BoundaryTable, "created_at" | "responded_at"> & {
  created_at: string | Date;
  responded_at: string | Date | null;
  author_name: string;
};

const OPEN: readonly Row["status"][] = ["proposed", "talk"];

/**
 * Boundaries: one proposes, the other accepts, asks to talk or proposes a change (a new version).
 * Versions are never deleted; an agreed version stays in force until a newer one is agreed.
 */
export class BoundaryService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    jobs.register("boundary.review", (payload) => this.onReview(payload));
  }

  private visible(viewer: Viewer) {
    return this.visibleIn(readScope(viewer, this.clock.now()));
  }

  private visibleIn(scope: ReadScope) {
    return this.db
      .selectFrom("boundary as b")
      .innerJoin("app_user as a", "a.id", "b.author_id")
      .selectAll("b")
      .select("a.display_name as author_name")
      .where(visibleTo(scope, "b"));
  }

  /** Every version within `scope` (a counsellor's consented view), newest first. */
  async sharedWith(scope: ReadScope, viewer: Viewer): Promise<Boundary[]> {
    const rows = await this.visibleIn(scope)
      .orderBy("b.created_at", "desc")
      .orderBy("b.id")
      .limit(500)
      .execute();
    return rows.map((r) => present(r, viewer));
  }

  private today(): string {
    return this.clock.now().toISOString().slice(0, 10);
  }

  async propose(viewer: Viewer, body: ProposeBoundaryBody): Promise<Boundary> {
    const coupleId = requireCouple(viewer);
    const reviewOn = body.reviewOn ?? dateOf(dayNumber(this.today()) + DEFAULT_REVIEW_DAYS);
    if (Number.isNaN(dayNumber(reviewOn))) throw badField("reviewOn", "must be a date, YYYY-MM-DD");
    if (reviewOn <= this.today()) throw badField("reviewOn", "must be in the future");
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("boundary")
        .values({
          id,
          series_id: id,
          version: 1,
          couple_id: coupleId,
          author_id: viewer.userId,
          visibility: "couple",
          kind: body.kind,
          body: body.body,
          status: "proposed",
          note: null,
          review_on: reviewOn,
          created_at: dbTime(this.clock.now()),
          responded_at: null,
        })
        .execute();
      await this.notifyPartner(coupleId, viewer.userId, "boundary.proposed", id, tx);
    });
    return this.one(viewer, id);
  }

  /** The latest version of each boundary. */
  async list(viewer: Viewer): Promise<Boundary[]> {
    requireCouple(viewer);
    const rows = await this.visible(viewer)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom("boundary as n")
              .select("n.id")
              .whereRef("n.series_id", "=", "b.series_id")
              .whereRef("n.version", ">", "b.version"),
          ),
        ),
      )
      .orderBy("b.created_at", "desc")
      .orderBy("b.id")
      .limit(200)
      .execute();
    return rows.map((r) => present(r, viewer));
  }

  async get(viewer: Viewer, id: string): Promise<{ boundary: Boundary; versions: Boundary[] }> {
    const row = await this.find(viewer, id);
    const versions = await this.visible(viewer)
      .where("b.series_id", "=", row.series_id)
      .orderBy("b.version", "desc")
      .execute();
    return { boundary: present(row, viewer), versions: versions.map((v) => present(v, viewer)) };
  }

  private async one(viewer: Viewer, id: string): Promise<Boundary> {
    return present(await this.find(viewer, id), viewer);
  }

  private async find(viewer: Viewer, id: string): Promise<Row> {
    const row = await this.visible(viewer).where("b.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("boundary");
    return row;
  }

  private async latest(viewer: Viewer, id: string): Promise<Row> {
    const row = await this.find(viewer, id);
    const newer = await this.db
      .selectFrom("boundary")
      .select("id")
      .where("series_id", "=", row.series_id)
      .where("version", ">", row.version)
      .executeTakeFirst();
    if (newer)
      throw new HttpError(
        409,
        "not_latest",
        "There is a newer version of this boundary; respond to that one.",
      );
    return row;
  }

  async respond(viewer: Viewer, id: string, response: "accept" | "talk", note?: string): Promise<Boundary> {
    const row = await this.latest(viewer, id);
    if (row.author_id === viewer.userId) {
      throw new HttpError(
        409,
        "own_proposal",
        "Your partner responds to what you propose; you can change it instead.",
      );
    }
    if (!OPEN.includes(row.status)) {
      throw new HttpError(409, "not_open", "This boundary is not waiting for an answer.");
    }
    const now = dbTime(this.clock.now());
    await this.db.transaction().execute(async (tx) => {
      if (response === "accept") {
        await tx
          .updateTable("boundary")
          .set({ status: "superseded" })
          .where("series_id", "=", row.series_id)
          .where("status", "=", "agreed")
          .execute();
      }
      await tx
        .updateTable("boundary")
        .set({ status: response === "accept" ? "agreed" : "talk", note: note ?? null, responded_at: now })
        .where("id", "=", id)
        .execute();
      if (response === "accept") {
        await this.jobs.enqueue(
          "boundary.review",
          { boundaryId: id, coupleId: row.couple_id },
          reviewTime(row.review_on),
          {
            dedupeKey: `boundary-review:${id}`,
            tx,
          },
        );
      }
      await this.notifyPartner(
        row.couple_id,
        viewer.userId,
        response === "accept" ? "boundary.agreed" : "boundary.talk",
        id,
        tx,
      );
    });
    return this.one(viewer, id);
  }

  /** A change proposed to any open or agreed version becomes the next version. */
  async counter(viewer: Viewer, id: string, body: string, note?: string): Promise<Boundary> {
    const row = await this.latest(viewer, id);
    if (!OPEN.includes(row.status) && row.status !== "agreed") {
      throw new HttpError(409, "not_open", "This version is closed; change the current one.");
    }
    const newVersion = newId();
    await this.db.transaction().execute(async (tx) => {
      if (OPEN.includes(row.status)) {
        await tx
          .updateTable("boundary")
          .set({
            status: row.author_id === viewer.userId ? "superseded" : "countered",
            note: note ?? row.note,
            responded_at: dbTime(this.clock.now()),
          })
          .where("id", "=", id)
          .execute();
      }
      await tx
        .insertInto("boundary")
        .values({
          id: newVersion,
          series_id: row.series_id,
          version: row.version + 1,
          couple_id: row.couple_id,
          author_id: viewer.userId,
          visibility: "couple",
          kind: row.kind,
          body,
          status: "proposed",
          note: null,
          review_on:
            row.review_on > this.today()
              ? row.review_on
              : dateOf(dayNumber(this.today()) + DEFAULT_REVIEW_DAYS),
          created_at: dbTime(this.clock.now()),
          responded_at: null,
        })
        .execute();
      await this.notifyPartner(row.couple_id, viewer.userId, "boundary.proposed", newVersion, tx);
    });
    return this.one(viewer, newVersion);
  }

  /** A crossed boundary becomes an item for the next check-in, in the words the coach helped with. */
  async crossed(viewer: Viewer, id: string, body: string) {
    const row = await this.find(viewer, id);
    const agreed = await this.db
      .selectFrom("boundary")
      .select("id")
      .where("series_id", "=", row.series_id)
      .where("status", "=", "agreed")
      .executeTakeFirst();
    if (!agreed) throw new HttpError(409, "not_agreed", "Only an agreed boundary can be raised as crossed.");
    const itemId = newId();
    const now = dbTime(this.clock.now());
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("checkin_agenda")
        .values({
          id: itemId,
          couple_id: row.couple_id,
          author_id: viewer.userId,
          visibility: "couple",
          boundary_id: agreed.id,
          body,
          checkin_id: null,
          created_at: now,
        })
        .execute();
      await this.notifyPartner(row.couple_id, viewer.userId, "boundary.crossed", agreed.id, tx);
    });
    const author = await this.db
      .selectFrom("app_user")
      .select("display_name")
      .where("id", "=", viewer.userId)
      .executeTakeFirstOrThrow();
    return {
      id: itemId,
      author: { id: viewer.userId, displayName: author.display_name },
      boundaryId: agreed.id,
      body,
      createdAt: toIso(now),
    };
  }

  /** On the review date: remind both, by event and e-mail (no content), if it is still in force. */
  private async onReview(payload: Record<string, unknown>): Promise<void> {
    const { boundaryId, coupleId } = payload;
    if (typeof boundaryId !== "string" || typeof coupleId !== "string") return;
    const row = await this.db
      .selectFrom("boundary")
      .select("status")
      .where("id", "=", boundaryId)
      .where("couple_id", "=", coupleId)
      .executeTakeFirst();
    if (row?.status !== "agreed") return;
    await this.events.publishToCouple(coupleId, { type: "boundary.review-due", subjectId: boundaryId });
    for (const id of await coupleMembers(this.db, coupleId)) {
      await this.jobs.enqueue("mail.notify", { userId: id, template: "boundaryReview" }, this.clock.now(), {
        dedupeKey: `mail:boundary-review:${boundaryId}:${id}`,
      });
    }
  }

  private async notifyPartner(coupleId: string, authorId: string, type: string, subjectId: string, tx: Db) {
    await this.events.publishToCouple(coupleId, { type, subjectId }, { except: authorId, tx });
  }
}

/** Reviews fall due in the morning of their date (UTC): a reminder, not an alarm. */
function reviewTime(date: string): Date {
  return new Date(`${date}T09:00:00.000Z`);
}

function present(row: Row, viewer: Viewer): Boundary {
  return {
    id: row.id,
    seriesId: row.series_id,
    version: Number(row.version),
    kind: row.kind,
    body: row.body,
    proposedBy: { id: row.author_id, displayName: row.author_name },
    mine: row.author_id === viewer.userId,
    status: row.status,
    note: row.note,
    reviewOn: row.review_on,
    createdAt: toIso(row.created_at),
    respondedAt: toIsoOrNull(row.responded_at),
  };
}
