import pg from "pg";
import type { TestProject } from "vitest/node";

export const PG_ADMIN_URL = process.env.MEND_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
  }
}

/**
 * Every integration suite runs on SQLite and on PostgreSQL. Without a PostgreSQL server the
 * PostgreSQL half is skipped with a plain notice — except under CI=true, where it is an error.
 */
export default async function setup(project: TestProject): Promise<void> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    project.provide("postgresUrl", PG_ADMIN_URL);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === "true") {
      throw new Error(
        `PostgreSQL is required under CI=true but is not answering at ${PG_ADMIN_URL}: ${reason}`,
      );
    }
    console.warn(`\n*** PostgreSQL not reachable (${reason}): the PostgreSQL suite is SKIPPED. ***\n`);
    project.provide("postgresUrl", null);
  } finally {
    await client.end().catch(() => undefined);
  }
}
