import type { ReadScope, Visibility } from "@mend/core";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { visibleTo } from "../../db/visibility.ts";

export interface JournalRecord {
  id: string;
  coupleId: string | null;
  authorId: string;
  authorName: string;
  body: string;
  visibility: Visibility;
  prompt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PageCursor {
  createdAt: string;
  id: string;
}

const ENTRY_COLUMNS = [
  "e.id",
  "e.couple_id",
  "e.author_id",
  "a.display_name as author_name",
  "e.body",
  "e.visibility",
  "e.prompt",
  "e.created_at",
  "e.updated_at",
] as const;

export class JournalRepo {
  constructor(private readonly db: Db) {}

  private selectVisible(scope: ReadScope) {
    return this.db
      .selectFrom("journal_entry as e")
      .innerJoin("app_user as a", "a.id", "e.author_id")
      .select(ENTRY_COLUMNS)
      .where(visibleTo(scope, "e"));
  }

  /**
   * Newest first, `limit` at most, after `cursor` when given. The page's ids are chosen first
   * (index-only work under the read scope) and only those rows are then loaded and joined with
   * their authors; loading and sorting every visible body was most of the cost (bench/).
   */
  async list(scope: ReadScope, limit: number, cursor?: PageCursor): Promise<JournalRecord[]> {
    let page = this.db.selectFrom("journal_entry as p").select("p.id").where(visibleTo(scope, "p"));
    if (cursor) {
      page = page.where((eb) =>
        eb.or([
          eb("p.created_at", "<", cursor.createdAt),
          eb.and([eb("p.created_at", "=", cursor.createdAt), eb("p.id", "<", cursor.id)]),
        ]),
      );
    }
    const ids = page.orderBy("p.created_at", "desc").orderBy("p.id", "desc").limit(limit);
    const rows = await this.db
      .selectFrom("journal_entry as e")
      .innerJoin("app_user as a", "a.id", "e.author_id")
      .select(ENTRY_COLUMNS)
      .where("e.id", "in", ids)
      .orderBy("e.created_at", "desc")
      .orderBy("e.id", "desc")
      .execute();
    return rows.map(toRecord);
  }

  async findVisible(scope: ReadScope, id: string): Promise<JournalRecord | undefined> {
    const row = await this.selectVisible(scope).where("e.id", "=", id).executeTakeFirst();
    return row && toRecord(row);
  }

  async insert(
    entry: Omit<JournalRecord, "authorName" | "createdAt" | "updatedAt">,
    now: Date,
  ): Promise<void> {
    await this.db
      .insertInto("journal_entry")
      .values({
        id: entry.id,
        couple_id: entry.coupleId,
        author_id: entry.authorId,
        body: entry.body,
        visibility: entry.visibility,
        prompt: entry.prompt,
        created_at: dbTime(now),
        updated_at: dbTime(now),
      })
      .execute();
  }

  /** Updates an entry of this author; false when there is none. */
  async update(
    authorId: string,
    id: string,
    changes: { body?: string; visibility?: Visibility; coupleId?: string | null },
    now: Date,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable("journal_entry")
      .set({
        ...(changes.body !== undefined && { body: changes.body }),
        ...(changes.visibility !== undefined && { visibility: changes.visibility }),
        ...(changes.coupleId !== undefined && { couple_id: changes.coupleId }),
        updated_at: dbTime(now),
      })
      .where("id", "=", id)
      .where("author_id", "=", authorId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(authorId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("journal_entry")
      .where("id", "=", id)
      .where("author_id", "=", authorId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

function toRecord(row: {
  id: string;
  couple_id: string | null;
  author_id: string;
  author_name: string;
  body: string;
  visibility: Visibility;
  prompt: string | null;
  created_at: string | Date;
  updated_at: string | Date;
}): JournalRecord {
  return {
    id: row.id,
    coupleId: row.couple_id,
    authorId: row.author_id,
    authorName: row.author_name,
    body: row.body,
    visibility: row.visibility,
    prompt: row.prompt,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}
