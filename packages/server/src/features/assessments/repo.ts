import type { ReadScope, Visibility } from "@mend/core";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";

export interface AssessmentRecord {
  id: string;
  coupleId: string | null;
  authorId: string;
  authorName: string;
  instrumentId: string;
  instrumentVersion: number;
  scores: Record<string, number>;
  label: string | null;
  visibility: Visibility;
  createdAt: string;
}

export interface DraftRecord {
  instrumentId: string;
  responses: Record<string, number>;
  updatedAt: string;
}

export class AssessmentRepo {
  constructor(private readonly db: Db) {}

  private selectVisible(scope: ReadScope) {
    return this.db
      .selectFrom("assessment as s")
      .innerJoin("app_user as a", "a.id", "s.author_id")
      .select([
        "s.id",
        "s.couple_id",
        "s.author_id",
        "a.display_name as author_name",
        "s.instrument_id",
        "s.instrument_version",
        "s.scores",
        "s.label",
        "s.visibility",
        "s.created_at",
      ])
      .where(visibleTo(scope, "s"));
  }

  async list(scope: ReadScope, instrumentId?: string): Promise<AssessmentRecord[]> {
    let query = this.selectVisible(scope);
    if (instrumentId) query = query.where("s.instrument_id", "=", instrumentId);
    const rows = await query.orderBy("s.created_at", "desc").orderBy("s.id", "desc").limit(500).execute();
    return rows.map(toRecord);
  }

  async findVisible(scope: ReadScope, id: string): Promise<AssessmentRecord | undefined> {
    const row = await this.selectVisible(scope).where("s.id", "=", id).executeTakeFirst();
    return row && toRecord(row);
  }

  /** Saves a result and clears the draft it came from, together. */
  async insert(
    record: Omit<AssessmentRecord, "authorName" | "createdAt">,
    responses: Record<string, unknown>,
    now: Date,
  ): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("assessment")
        .values({
          id: record.id,
          couple_id: record.coupleId,
          author_id: record.authorId,
          instrument_id: record.instrumentId,
          instrument_version: record.instrumentVersion,
          responses: JSON.stringify(responses),
          scores: JSON.stringify(record.scores),
          label: record.label,
          visibility: record.visibility,
          created_at: dbTime(now),
        })
        .execute();
      await tx
        .deleteFrom("assessment_draft")
        .where("author_id", "=", record.authorId)
        .where("instrument_id", "=", record.instrumentId)
        .execute();
    });
  }

  async setVisibility(
    authorId: string,
    id: string,
    visibility: Visibility,
    coupleId: string | null,
  ): Promise<void> {
    await this.db
      .updateTable("assessment")
      .set({ visibility, ...(visibility === "couple" && { couple_id: coupleId }) })
      .where("id", "=", id)
      .where("author_id", "=", authorId)
      .execute();
  }

  async findDraft(authorId: string, instrumentId: string): Promise<DraftRecord | undefined> {
    const row = await this.db
      .selectFrom("assessment_draft")
      .select(["instrument_id", "responses", "updated_at"])
      .where("author_id", "=", authorId)
      .where("instrument_id", "=", instrumentId)
      .executeTakeFirst();
    return (
      row && {
        instrumentId: row.instrument_id,
        responses: JSON.parse(row.responses) as Record<string, number>,
        updatedAt: toIso(row.updated_at),
      }
    );
  }

  async saveDraft(authorId: string, instrumentId: string, responses: Record<string, number>, now: Date) {
    await this.db
      .insertInto("assessment_draft")
      .values({
        author_id: authorId,
        instrument_id: instrumentId,
        responses: JSON.stringify(responses),
        updated_at: dbTime(now),
      })
      .onConflict((oc) =>
        oc
          .columns(["author_id", "instrument_id"])
          .doUpdateSet({ responses: JSON.stringify(responses), updated_at: dbTime(now) }),
      )
      .execute();
  }

  async deleteDraft(authorId: string, instrumentId: string): Promise<void> {
    await this.db
      .deleteFrom("assessment_draft")
      .where("author_id", "=", authorId)
      .where("instrument_id", "=", instrumentId)
      .execute();
  }
}

function toRecord(row: {
  id: string;
  couple_id: string | null;
  author_id: string;
  author_name: string;
  instrument_id: string;
  instrument_version: number;
  scores: string;
  label: string | null;
  visibility: Visibility;
  created_at: string | Date;
}): AssessmentRecord {
  return {
    id: row.id,
    coupleId: row.couple_id,
    authorId: row.author_id,
    authorName: row.author_name,
    instrumentId: row.instrument_id,
    instrumentVersion: Number(row.instrument_version),
    scores: JSON.parse(row.scores) as Record<string, number>,
    label: row.label,
    visibility: row.visibility,
    createdAt: toIso(row.created_at),
  };
}
