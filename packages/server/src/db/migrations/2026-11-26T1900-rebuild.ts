import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.ts";

/**
 * Showing it, healing, boundaries and pace: commitments with their marks, daily trust actions,
 * thought records, repairs with sealed reflections, boundaries with versions, check-in agenda
 * items, goals with milestones, and each person's list of healthy distractions.
 */
export function rebuild({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      const user = "app_user.id";

      // Every version of a promise is a row; `series_id` ties them together, so history stays.
      await db.schema
        .createTable("commitment")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("series_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("couple_id", "text")
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("schedule", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("reason", "text")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("closed_on", "text")
        .addUniqueConstraint("commitment_version", ["series_id", "version"])
        .execute();
      await db.schema.createIndex("commitment_author").on("commitment").columns(["author_id"]).execute();
      await db.schema.createIndex("commitment_couple").on("commitment").columns(["couple_id"]).execute();

      await db.schema
        .createTable("commitment_mark")
        .addColumn("series_id", "text", (c) => c.notNull())
        .addColumn("commitment_id", "text", (c) => c.notNull().references("commitment.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("couple_id", "text")
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("occurs_on", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("marked_at", timestamp, (c) => c.notNull())
        .addColumn("acknowledged_at", timestamp)
        .addPrimaryKeyConstraint("commitment_mark_pk", ["series_id", "occurs_on"])
        .execute();

      await db.schema
        .createTable("trust_action_log")
        .addColumn("user_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("day", "text", (c) => c.notNull())
        .addColumn("action_id", "text", (c) => c.notNull())
        .addColumn("outcome", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("trust_action_log_pk", ["user_id", "day", "action_id"])
        .execute();

      await db.schema
        .createTable("thought_record")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("couple_id", "text")
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("situation", "text", (c) => c.notNull())
        .addColumn("thought", "text", (c) => c.notNull())
        .addColumn("intensity_before", "integer", (c) => c.notNull())
        .addColumn("traps", "text", (c) => c.notNull())
        .addColumn("evidence_for", "text", (c) => c.notNull())
        .addColumn("evidence_against", "text", (c) => c.notNull())
        .addColumn("alternative", "text", (c) => c.notNull())
        .addColumn("intensity_after", "integer")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("thought_record_author")
        .on("thought_record")
        .columns(["author_id", "created_at"])
        .execute();

      await db.schema
        .createTable("repair")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("started_by", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("revealed_at", timestamp)
        .addColumn("ritual", "text")
        .addColumn("ritual_custom", "text")
        .addColumn("ritual_chosen_by", "text")
        .addColumn("ritual_done_at", timestamp)
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("repair_couple")
        .on("repair")
        .columns(["couple_id", "created_at"])
        .execute();

      await db.schema
        .createTable("repair_role")
        .addColumn("repair_id", "text", (c) => c.notNull().references("repair.id"))
        .addColumn("user_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("role", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("repair_role_pk", ["repair_id", "user_id"])
        .execute();

      // Sealed like check-in answers: "couple", readable by the partner only once revealed_at is set.
      await db.schema
        .createTable("repair_reflection")
        .addColumn("repair_id", "text", (c) => c.notNull().references("repair.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("couple_id", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("happened", "text", (c) => c.notNull())
        .addColumn("felt", "text", (c) => c.notNull())
        .addColumn("my_part", "text", (c) => c.notNull())
        .addColumn("would_help", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("repair_reflection_pk", ["repair_id", "author_id"])
        .execute();

      await db.schema
        .createTable("repair_amend")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("repair_id", "text", (c) => c.notNull().references("repair.id"))
        .addColumn("couple_id", "text", (c) => c.notNull())
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("repair_forgiveness")
        .addColumn("repair_id", "text", (c) => c.notNull().references("repair.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("couple_id", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("answer", "text", (c) => c.notNull())
        .addColumn("note", "text", (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("repair_forgiveness_pk", ["repair_id", "author_id"])
        .execute();

      await db.schema
        .createTable("boundary")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("series_id", "text", (c) => c.notNull())
        .addColumn("version", "integer", (c) => c.notNull())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("note", "text")
        .addColumn("review_on", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("responded_at", timestamp)
        .addUniqueConstraint("boundary_version", ["series_id", "version"])
        .execute();
      await db.schema.createIndex("boundary_couple").on("boundary").columns(["couple_id"]).execute();

      await db.schema
        .createTable("checkin_agenda")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("boundary_id", "text")
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("checkin_id", "text")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("checkin_agenda_couple")
        .on("checkin_agenda")
        .columns(["couple_id"])
        .execute();

      // A goal holds one of its author's two "active slots" while active. The unique index makes
      // the limit hold even when two requests race; NULLs (goals not active) never collide.
      await db.schema
        .createTable("goal")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("author_id", "text", (c) => c.notNull().references(user).onDelete("cascade"))
        .addColumn("couple_id", "text")
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("status", "text", (c) => c.notNull())
        .addColumn("active_slot", "integer")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("reached_at", timestamp)
        .execute();
      await db.schema
        .createIndex("goal_active_slot")
        .unique()
        .on("goal")
        .columns(["author_id", "active_slot"])
        .execute();

      await db.schema
        .createTable("goal_milestone")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("goal_id", "text", (c) => c.notNull().references("goal.id").onDelete("cascade"))
        .addColumn("title", "text", (c) => c.notNull())
        .addColumn("done_at", timestamp)
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("user_distractions")
        .addColumn("user_id", "text", (c) => c.primaryKey().references(user).onDelete("cascade"))
        .addColumn("items", "text", (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .execute();
    },
  };
}
