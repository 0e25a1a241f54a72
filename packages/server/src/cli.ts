/**
 * The operator's command: `npm run mend -- <command>`.
 *   migrate          bring the database schema up to date (the server also does this at start)
 *   backup <file>    SQLite: write a consistent copy of the live database to <file>
 *   outbox           show the newest e-mails waiting in the outbox (when no SMTP_URL is set)
 * For PostgreSQL, back up with pg_dump; see docs/operations.md.
 */

import { sql } from "kysely";
import { ConfigError, loadConfig } from "./config.ts";
import { migrateToLatest, openDatabase } from "./db/database.ts";
import { readOutbox } from "./mail/mailer.ts";

const USAGE = "usage: npm run mend -- migrate | backup <file> | outbox";

async function run(args: string[]): Promise<number> {
  const [command, target] = args;
  const config = loadConfig();
  const database = openDatabase(config.database);
  try {
    switch (command) {
      case "migrate": {
        const applied = await migrateToLatest(database);
        console.log(applied.length ? `applied: ${applied.join(", ")}` : "the schema is up to date");
        return 0;
      }
      case "backup": {
        if (!target) break;
        if (database.kind !== "sqlite") {
          console.error("backup copies SQLite databases; for PostgreSQL use pg_dump (docs/operations.md)");
          return 2;
        }
        // VACUUM INTO writes a consistent snapshot while the server keeps running.
        await sql`vacuum into ${target}`.execute(database.db);
        console.log(`backed up to ${target}`);
        return 0;
      }
      case "outbox": {
        const mails = await readOutbox(database.db);
        if (mails.length === 0) console.log("the outbox is empty");
        for (const mail of mails)
          console.log(
            `${mail.at}  to ${mail.to}\n  ${mail.subject}\n  ${mail.text.replaceAll("\n", "\n  ")}\n`,
          );
        return 0;
      }
    }
    console.error(USAGE);
    return 2;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : `mend: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(1);
  },
);
