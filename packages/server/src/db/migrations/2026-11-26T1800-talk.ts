import { type Kysely, sql } from "kysely";
import type { MigrationContext } from "./index.ts";

/**
 * Talking together: live events, scheduled jobs, the mail outbox, check-ins with sealed answers,
 * appreciations and letters.
 */
export function talk({ kind, timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      // Increasing ids: SSE clients resume from the last id they saw.
      await db.schema
        .createTable("event")
        .addColumn("id", kind === "postgres" ? "bigint" : "integer", (c) =>
          kind === "postgres"
            ? c.primaryKey().generatedByDefaultAsIdentity()
            : c.primaryKey().autoIncrement(),
        )
        .addColumn("couple_id", "text")
        .addColumn("recipient_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("subject_id", "text")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("event_recipient").on("event").columns(["recipient_id", "id"]).execute();

      await db.schema
        .createTable("job")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("kind", "text", (c) => c.notNull())
        .addColumn("payload", "text", (c) => c.notNull())
        .addColumn("run_at", timestamp, (c) => c.notNull())
        .addColumn("locked_until", timestamp)
        .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
        .addColumn("done_at", timestamp)
        .addColumn("last_error", "text")
        .addColumn("dedupe_key", "text", (c) => c.unique())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("job_due").on("job").columns(["done_at", "run_at"]).execute();

      await db.schema
        .createTable("outbox")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("recipient", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("checkin_rhythm")
        .addColumn("couple_id", "text", (c) => c.primaryKey().references("couple.id"))
        .addColumn("cadence", "text", (c) =>
          c.notNull().check(sql`cadence in ('weekly', 'fortnightly', 'monthly')`),
        )
        .addColumn("weekday", "integer", (c) => c.notNull())
        .addColumn("time", "text", (c) => c.notNull())
        .addColumn("time_zone", "text", (c) => c.notNull())
        .addColumn("proposed_by", "text", (c) => c.notNull())
        .addColumn("accepted_at", timestamp)
        .addColumn("starts_on", "text", (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("checkin")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("period_key", "text", (c) => c.notNull())
        .addColumn("opens_at", timestamp, (c) => c.notNull())
        .addColumn("closes_at", timestamp)
        .addColumn("revealed_at", timestamp)
        .addColumn("missed_at", timestamp)
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addUniqueConstraint("checkin_period", ["couple_id", "period_key"])
        .execute();

      await db.schema
        .createTable("checkin_answer")
        .addColumn("checkin_id", "text", (c) => c.notNull().references("checkin.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("couple_id", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("safety", "integer", (c) => c.notNull())
        .addColumn("trust", "integer", (c) => c.notNull())
        .addColumn("appreciation", "text", (c) => c.notNull())
        .addColumn("worry", "text", (c) => c.notNull())
        .addColumn("request", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addPrimaryKeyConstraint("checkin_answer_pk", ["checkin_id", "author_id"])
        .execute();

      await db.schema
        .createTable("checkin_note")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("checkin_id", "text", (c) => c.notNull().references("checkin.id"))
        .addColumn("couple_id", "text", (c) => c.notNull())
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();

      await db.schema
        .createTable("appreciation")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.notNull().references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("appreciation_couple")
        .on("appreciation")
        .columns(["couple_id", "created_at"])
        .execute();

      await db.schema
        .createTable("letter")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('letter', 'unsent')`))
        .addColumn("visibility", "text", (c) => c.notNull())
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("deliver_at", timestamp, (c) => c.notNull())
        .addColumn("copied_from", "text")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex("letter_author")
        .on("letter")
        .columns(["author_id", "created_at"])
        .execute();
      await db.schema
        .createIndex("letter_couple")
        .on("letter")
        .columns(["couple_id", "visibility", "deliver_at"])
        .execute();
    },
  };
}
