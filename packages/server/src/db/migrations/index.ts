import type { Migration, MigrationProvider } from "kysely";
import type { DatabaseKind } from "../database.ts";
import { foundation } from "./2026-11-26T1500-foundation.ts";
import { assessments } from "./2026-11-26T1600-assessments.ts";
import { rateLimit } from "./2026-11-26T1700-rate-limit.ts";
import { preferences } from "./2026-11-26T1730-preferences.ts";
import { talk } from "./2026-11-26T1800-talk.ts";
import { rebuild } from "./2026-11-26T1900-rebuild.ts";
import { support } from "./2026-11-26T2000-support.ts";

export interface MigrationContext {
  kind: DatabaseKind;
  /** Column type for instants: timestamptz on PostgreSQL, ISO text on SQLite. */
  timestamp: "timestamptz" | "text";
}

/**
 * Every migration, by name. Names start with their timestamp so they sort in the order they run.
 * Landed migrations never change; a change is a new file.
 */
const MIGRATIONS: Record<string, (context: MigrationContext) => Migration> = {
  "2026-11-26T1500-foundation": foundation,
  "2026-11-26T1600-assessments": assessments,
  "2026-11-26T1700-rate-limit": rateLimit,
  "2026-11-26T1730-preferences": preferences,
  "2026-11-26T1800-talk": talk,
  "2026-11-26T1900-rebuild": rebuild,
  "2026-11-26T2000-support": support,
};

export function migrationProvider(kind: DatabaseKind): MigrationProvider {
  const context: MigrationContext = { kind, timestamp: kind === "postgres" ? "timestamptz" : "text" };
  return {
    async getMigrations() {
      return Object.fromEntries(Object.entries(MIGRATIONS).map(([name, make]) => [name, make(context)]));
    },
  };
}
