import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.ts";

/**
 * Support and safety: counsellor invites, links and per-category consent, the access log,
 * assigned exercises, session-prep reports with both partners' approval, the private safety
 * check, and each person's safety mode.
 */
export function support({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const user = "app_user.id";
      await db.schema.alterTable("app_user").addColumn("safety_mode_at", timestamp).execute();

      await db.schema
        .createTable("counsellor_invite")
        .addColumn("code_hash", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("created_by", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("expires_at", timestamp, (c) => c.notNull())
        .addColumn("used_at", timestamp)
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("counsellor_link")
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("counsellor_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("joined_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("counsellor_link_pk", ["couple_id", "counsellor_id"])
        .execute();

      // One row per partner and category they agree to share; the counsellor sees a category
      // only when both partners have a row for it. Withdrawing deletes the row.
      await db.schema
        .createTable("counsellor_consent")
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("user_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("counsellor_consent_pk", ["couple_id", "user_id", "category"])
        .execute();

      await db.schema
        .createTable("access_log")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("counsellor_id", "text", (c) => c.notNull())
        .addColumn("counsellor_name", "text", (c) => c.notNull())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("access_log_couple")
        .on("access_log")
        .columns(["couple_id", "at"])
        .execute();

      await db.schema
        .createTable("exercise")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("counsellor_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("ref", "text", (c) => c.notNull())
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("assigned_at", timestamp, (c) => c.notNull())
        .addColumn("done_at", timestamp)
        .addColumn("done_by", "text")
        .execute();

      await db.schema
        .createTable("report")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("created_by", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("period_from", "text", (c) => c.notNull())
        .addColumn("period_to", "text", (c) => c.notNull())
        .addColumn("categories", "text", (c) => c.notNull())
        .addColumn("snapshot", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable("report_approval")
        .addColumn("report_id", "text", (c) => c.notNull().references("report.id"))
        .addColumn("user_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("approved_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("report_approval_pk", ["report_id", "user_id"])
        .execute();

      // Private to its author forever: no couple_id, no visibility, nothing to share it by.
      await db.schema
        .createTable("safety_check")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("answers", "text", (c) => c.notNull())
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("level", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
    },
  };
}
