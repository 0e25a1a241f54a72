import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.ts";

/** Per-person settings that follow someone across devices (e.g. the message coach on or off). */
export function preferences({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("user_preferences")
        .addColumn("user_id", "text", (c) => c.primaryKey().references("app_user.id").onDelete("cascade"))
        .addColumn("coach_enabled", "integer", (c) => c.notNull())
        .addColumn("updated_at", timestamp, (c) => c.notNull())
        .execute();
    },
  };
}
