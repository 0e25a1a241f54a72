import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import type { DatabaseKind } from "../../src/db/database.ts";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../../src/db/database.ts";

const postgresUrl = inject("postgresUrl");

/** The databases every integration suite runs on; PostgreSQL only when the global setup found it. */
export const DATABASES: DatabaseKind[] = postgresUrl ? ["sqlite", "postgres"] : ["sqlite"];

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl ?? undefined });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A freshly migrated database of its own for one test file; closing drops it. */
export async function createTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle & { url?: string }> {
  if (kind === "sqlite") {
    const handle = openDatabase({ kind: "sqlite", file: ":memory:" });
    await migrateToLatest(handle);
    return handle;
  }
  if (!postgresUrl) throw new Error("PostgreSQL is not available");
  const name = `mend_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: url.toString() }, { poolSize: 4 });
  await migrateToLatest(handle);
  return {
    ...handle,
    url: url.toString(),
    async close() {
      await handle.close();
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
