import { type Kysely, sql } from "kysely";
import type { MigrationContext } from "./index.ts";

/** Accounts, sessions, couples and invites, the journal, and login throttling. */
export function foundation({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("couple")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("ended_at", timestamp)
        .execute();

      await db.schema
        .createTable("app_user")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("email", "text", (c) => c.notNull().unique())
        .addColumn("password_hash", "text", (c) => c.notNull())
        .addColumn("display_name", "text", (c) => c.notNull())
        .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('partner', 'counsellor')`))
        .addColumn("couple_id", "text", (c) => c.references("couple.id"))
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("app_user_couple").on("app_user").column("couple_id").execute();

      await db.schema
        .createTable("session")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("token_hash", "text", (c) => c.notNull().unique())
        .addColumn("user_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("device", "text", (c) => c.notNull())
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("last_seen_at", timestamp, (c) => c.notNull())
        .addColumn("expires_at", timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex("session_user").on("session").column("user_id").execute();

      await db.schema
        .createTable("couple_invite")
        .addColumn("code_hash", "text", (c) => c.primaryKey())
        .addColumn("inviter_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("expires_at", timestamp, (c) => c.notNull())
        .addColumn("used_at", timestamp)
        .addColumn("used_by", "text")
        .execute();

      await db.schema
        .createTable("journal_entry")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("couple_id", "text", (c) => c.references("couple.id"))
        .addColumn("author_id", "text", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
        .addColumn("body", "text", (c) => c.notNull())
        .addColumn("visibility", "text", (c) => c.notNull().check(sql`visibility in ('private', 'couple')`))
        .addColumn("prompt", "text")
        .addColumn("created_at", timestamp, (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .execute();
      // The two halves of the read scope (own entries; the couple's shared entries), newest first.
      await db.schema
        .createIndex("journal_entry_author")
        .on("journal_entry")
        .columns(["author_id", "created_at", "id"])
        .execute();
      await db.schema
        .createIndex("journal_entry_couple")
        .on("journal_entry")
        .columns(["couple_id", "visibility", "created_at", "id"])
        .execute();

      await db.schema
        .createTable("login_throttle")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start", timestamp, (c) => c.notNull())
        .addColumn("failures", "integer", (c) => c.notNull())
        .execute();
    },
  };
}
