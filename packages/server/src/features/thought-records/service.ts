import {
  type CoachKind,
  type CreateThoughtRecordBody,
  readScope,
  type ThoughtRecord,
  type ThoughtRecordMonth,
  thoughtRecordTrend,
  type UpdateThoughtRecordBody,
  type Viewer,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import type { ThoughtRecordTable } from "../../db/schema.ts";
import { visibleTo } from "../../db/visibility.ts";
import { notFound } from "../../http/errors.ts";
import { assertVisibilityAllowed } from "../visibility-choice.ts";

type Row = Omit<ThoughtRecordTable, "created_at" | "updated_at"> & {
  created_at: string | Date;
  updated_at: string | Date;
  author_name: string;
};

function present(row: Row, viewer: Viewer): ThoughtRecord {
  return {
    id: row.id,
    author: { id: row.author_id, displayName: row.author_name },
    mine: row.author_id === viewer.userId,
    visibility: row.visibility,
    situation: row.situation,
    thought: row.thought,
    intensityBefore: Number(row.intensity_before),
    traps: JSON.parse(row.traps) as CoachKind[],
    evidenceFor: row.evidence_for,
    evidenceAgainst: row.evidence_against,
    alternative: row.alternative,
    intensityAfter: row.intensity_after === null ? null : Number(row.intensity_after),
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

/** Benefit-of-the-doubt records: private by default, shared only if the author chooses. */
export class ThoughtRecordService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  private visible(viewer: Viewer) {
    return this.db
      .selectFrom("thought_record as r")
      .innerJoin("app_user as a", "a.id", "r.author_id")
      .selectAll("r")
      .select("a.display_name as author_name")
      .where(visibleTo(readScope(viewer, this.clock.now()), "r"));
  }

  async create(viewer: Viewer, body: CreateThoughtRecordBody): Promise<ThoughtRecord> {
    const visibility = body.visibility ?? "private";
    assertVisibilityAllowed(viewer, visibility);
    const id = newId();
    const now = dbTime(this.clock.now());
    await this.db
      .insertInto("thought_record")
      .values({
        id,
        author_id: viewer.userId,
        couple_id: viewer.coupleId,
        visibility,
        situation: body.situation,
        thought: body.thought,
        intensity_before: body.intensityBefore,
        traps: JSON.stringify([...new Set(body.traps ?? [])]),
        evidence_for: body.evidenceFor ?? "",
        evidence_against: body.evidenceAgainst ?? "",
        alternative: body.alternative ?? "",
        intensity_after: body.intensityAfter ?? null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return this.get(viewer, id);
  }

  async list(viewer: Viewer): Promise<ThoughtRecord[]> {
    const rows = await this.visible(viewer)
      .orderBy("r.created_at", "desc")
      .orderBy("r.id")
      .limit(500)
      .execute();
    return rows.map((r) => present(r, viewer));
  }

  async get(viewer: Viewer, id: string): Promise<ThoughtRecord> {
    const row = await this.visible(viewer).where("r.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("thought record");
    return present(row, viewer);
  }

  /** Only the author edits; to anyone else the record does not exist. */
  async update(viewer: Viewer, id: string, body: UpdateThoughtRecordBody): Promise<ThoughtRecord> {
    if (body.visibility) assertVisibilityAllowed(viewer, body.visibility);
    const result = await this.db
      .updateTable("thought_record")
      .set({
        ...(body.situation !== undefined && { situation: body.situation }),
        ...(body.thought !== undefined && { thought: body.thought }),
        ...(body.intensityBefore !== undefined && { intensity_before: body.intensityBefore }),
        ...(body.traps !== undefined && { traps: JSON.stringify([...new Set(body.traps)]) }),
        ...(body.evidenceFor !== undefined && { evidence_for: body.evidenceFor }),
        ...(body.evidenceAgainst !== undefined && { evidence_against: body.evidenceAgainst }),
        ...(body.alternative !== undefined && { alternative: body.alternative }),
        ...(body.intensityAfter !== undefined && { intensity_after: body.intensityAfter }),
        ...(body.visibility !== undefined && { visibility: body.visibility, couple_id: viewer.coupleId }),
        updated_at: dbTime(this.clock.now()),
      })
      .where("id", "=", id)
      .where("author_id", "=", viewer.userId)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw notFound("thought record");
    return this.get(viewer, id);
  }

  async remove(viewer: Viewer, id: string): Promise<void> {
    const result = await this.db
      .deleteFrom("thought_record")
      .where("id", "=", id)
      .where("author_id", "=", viewer.userId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw notFound("thought record");
  }

  /** How often and how intense, month by month — over my own records only. */
  async stats(viewer: Viewer): Promise<ThoughtRecordMonth[]> {
    const rows = await this.db
      .selectFrom("thought_record")
      .select(["created_at", "intensity_before", "intensity_after"])
      .where("author_id", "=", viewer.userId)
      .execute();
    return thoughtRecordTrend(
      rows.map((r) => ({
        createdAt: toIso(r.created_at),
        intensityBefore: Number(r.intensity_before),
        intensityAfter: r.intensity_after === null ? null : Number(r.intensity_after),
      })),
    );
  }
}
