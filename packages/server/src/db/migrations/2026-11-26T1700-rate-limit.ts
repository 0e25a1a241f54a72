import type { Kysely } from "kysely";
import type { MigrationContext } from "./index.ts";

/** Fixed-window request counters shared by every app instance (e.g. the coach endpoint). */
export function rateLimit({ timestamp }: MigrationContext) {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable("rate_limit")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("window_start", timestamp, (c) => c.notNull())
        .addColumn("hits", "integer", (c) => c.notNull())
        .execute();
    },
  };
}
