import { createHash, randomBytes, randomUUID } from "node:crypto";
import { JOURNAL_PROMPTS } from "@mend/core";
import type { Insertable } from "kysely";
import type { Db } from "../../packages/server/src/db/database.ts";
import type { Database } from "../../packages/server/src/db/schema.ts";
import { BodyWriter, random } from "./text.ts";

export interface SeedOptions {
  couples: number;
  entriesPerCouple: number;
  /** Share of entries written as "couple" (the rest stay private). */
  sharedShare: number;
  now: Date;
  seed?: number;
}

export interface Partner {
  userId: string;
  coupleId: string;
  /** Raw session token: the `mend_session` cookie value. */
  token: string;
}

export interface SeedResult {
  partners: Partner[];
  users: number;
  entries: number;
  sharedEntries: number;
  averageBodyChars: number;
  millis: number;
}

/**
 * Not a real argon2 hash of anything: nobody signs in with a password during the benchmark, and
 * hashing 2,000 passwords with argon2id (19 MiB, 2 passes) would take minutes for nothing.
 */
const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$YmVuY2gtbm90LWEtcmVhbC1zYWx0$YmVuY2gtbm90LWEtcmVhbC1oYXNoLXZhbHVl";
const DAY_MS = 24 * 60 * 60 * 1000;
/** 8 columns × 1,000 rows = 8,000 parameters: under SQLite's 32,766 and PostgreSQL's 65,535. */
const BATCH_ROWS = 1000;

const sha256 = (value: string) => createHash("sha256").update(value).digest("hex");

function* batches<T>(rows: T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += BATCH_ROWS) yield rows.slice(start, start + BATCH_ROWS);
}

/**
 * Couples of two partners, each partner with one live session of a known token, and
 * `entriesPerCouple` journal entries per couple split between the partners, written over the past
 * year. Inserted straight through Kysely in one transaction, in batches.
 */
export async function seed(db: Db, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const next = random(options.seed ?? 20261126);
  const writer = new BodyWriter(next);
  const now = options.now;
  const nowIso = now.toISOString();
  const expiresIso = new Date(now.getTime() + 30 * DAY_MS).toISOString();

  const couples: Insertable<Database["couple"]>[] = [];
  const users: Insertable<Database["app_user"]>[] = [];
  const sessions: Insertable<Database["session"]>[] = [];
  const entries: Insertable<Database["journal_entry"]>[] = [];
  const partners: Partner[] = [];
  let sharedEntries = 0;
  let bodyChars = 0;

  for (let c = 0; c < options.couples; c++) {
    const coupleId = randomUUID();
    const coupleSince = new Date(now.getTime() - (400 + Math.floor(next() * 300)) * DAY_MS).toISOString();
    couples.push({ id: coupleId, created_at: coupleSince, ended_at: null });
    const pair: string[] = [];
    for (const side of ["a", "b"]) {
      const userId = randomUUID();
      pair.push(userId);
      users.push({
        id: userId,
        email: `bench.${c}.${side}@example.test`,
        password_hash: DUMMY_PASSWORD_HASH,
        display_name: side === "a" ? `Alex ${c}` : `Sam ${c}`,
        role: "partner",
        couple_id: coupleId,
        created_at: coupleSince,
      });
      const token = randomBytes(32).toString("base64url");
      sessions.push({
        id: randomUUID(),
        token_hash: sha256(token),
        user_id: userId,
        device: "Benchmark (autocannon)",
        created_at: nowIso,
        last_seen_at: nowIso,
        expires_at: expiresIso,
      });
      partners.push({ userId, coupleId, token });
    }
    for (let e = 0; e < options.entriesPerCouple; e++) {
      const authorId = pair[e % 2] as string;
      const shared = next() < options.sharedShare;
      if (shared) sharedEntries++;
      const created = new Date(now.getTime() - Math.floor(next() * 365 * DAY_MS));
      // One entry in five was edited some hours later.
      const editedAt = next() < 0.2 ? created.getTime() + Math.floor(next() * DAY_MS) : created.getTime();
      const updated = new Date(Math.min(editedAt, now.getTime()));
      const body = writer.body();
      bodyChars += body.length;
      entries.push({
        id: randomUUID(),
        couple_id: coupleId,
        author_id: authorId,
        body,
        visibility: shared ? "couple" : "private",
        prompt:
          next() < 0.3 ? (JOURNAL_PROMPTS[Math.floor(next() * JOURNAL_PROMPTS.length)]?.id ?? null) : null,
        created_at: created.toISOString(),
        updated_at: updated.toISOString(),
      });
    }
  }

  await db.transaction().execute(async (trx) => {
    for (const rows of batches(couples)) await trx.insertInto("couple").values(rows).execute();
    for (const rows of batches(users)) await trx.insertInto("app_user").values(rows).execute();
    for (const rows of batches(sessions)) await trx.insertInto("session").values(rows).execute();
    for (const rows of batches(entries)) await trx.insertInto("journal_entry").values(rows).execute();
  });

  return {
    partners,
    users: users.length,
    entries: entries.length,
    sharedEntries,
    averageBodyChars: Math.round(bodyChars / Math.max(1, entries.length)),
    millis: Math.round(performance.now() - started),
  };
}
