import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.ts";

/** Assessment results, answers in progress, and which lessons a person has read. */
export function assessments({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("assessment")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("instrument_id", "text", (c) => c.notNull())
        .addColumn("instrument_version", "integer", (c) => c.notNull())
        .addColumn("responses", "text", (c) => c.notNull())
        .addColumn("scores", "text", (c) => c.notNull())
        .addColumn("label", "text")
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("assessment_author")
        .on("assessment")
        .columns(["author_id", "created_at"])
        .execute();
      await db.schema
        .createIndex("assessment_couple")
        .on("assessment")
        .columns(["couple_id", "visibility", "created_at"])
        .execute();

      await db.schema
        .createTable("assessment_draft")
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("instrument_id", "text", (c) => c.notNull())
        .addColumn("responses", "text", (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("assessment_draft_pk", ["author_id", "instrument_id"])
        .execute();

      await db.schema
        .createTable("lesson_read")
        .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("lesson_id", "text", (c) => c.notNull())
        .addColumn("read_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("lesson_read_pk", ["user_id", "lesson_id"])
        .execute();
    },
  };
}
