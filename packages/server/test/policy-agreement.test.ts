/**
 * The SQL read scope (db/visibility.ts) and the policy's canRead (core/src/policy) must give the
 * same answer for every viewer and entry. fast-check draws random worlds of users, couples and
 * entries; the database is asked and the pure function is asked; any difference fails.
 */
import {
  canRead,
  counsellorCanRead,
  counsellorScope,
  type EntryFacts,
  readScope,
  type Viewer,
} from "@mend/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../src/db/database.ts";
import { visibleTo } from "../src/db/visibility.ts";
import { createTestDatabase, DATABASES } from "./support/database.ts";

const USERS = ["u1", "u2", "u3", "u4"];
const COUPLES = ["c1", "c2"];

const entryArb = fc.record({
  authorId: fc.constantFrom(...USERS),
  coupleId: fc.option(fc.constantFrom(...COUPLES), { nil: null }),
  visibility: fc.constantFrom("private" as const, "couple" as const),
});
const viewerArb = fc.record({
  userId: fc.constantFrom(...USERS, "stranger"),
  role: fc.constantFrom("partner" as const, "counsellor" as const),
  coupleId: fc.option(fc.constantFrom(...COUPLES, "c3"), { nil: null }),
});

describe.each(DATABASES)("read scope agrees with canRead on %s", (kind) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(kind);
    const db = handle.db;
    const now = new Date().toISOString();
    for (const id of [...COUPLES, "c3"])
      await db.insertInto("couple").values({ id, created_at: now, ended_at: null }).execute();
    for (const id of [...USERS, "stranger"]) {
      await db
        .insertInto("app_user")
        .values({
          id,
          email: `${id}@x.test`,
          password_hash: "-",
          display_name: id,
          role: "partner",
          couple_id: null,
          created_at: now,
        })
        .execute();
    }
  });
  afterAll(() => handle.close());

  it("for random entries and viewers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entryArb, { maxLength: 12 }), viewerArb, async (entries, viewer: Viewer) => {
        const db = handle.db;
        await db.deleteFrom("journal_entry").execute();
        const now = new Date().toISOString();
        const rows = entries.map((e: EntryFacts, i) => ({
          id: `e${i}`,
          couple_id: e.coupleId,
          author_id: e.authorId,
          body: "b",
          visibility: e.visibility,
          prompt: null,
          created_at: now,
          updated_at: now,
        }));
        if (rows.length > 0) await db.insertInto("journal_entry").values(rows).execute();
        const fromSql = (
          await db
            .selectFrom("journal_entry")
            .select("id")
            .where(visibleTo(readScope(viewer)))
            .execute()
        )
          .map((r) => r.id)
          .sort();
        const fromPolicy = entries
          .map((e, i) => ({ e, id: `e${i}` }))
          .filter(({ e }) => canRead(viewer, e))
          .map(({ id }) => id)
          .sort();
        expect(fromSql).toEqual(fromPolicy);
      }),
      { numRuns: 150 },
    );
  });

  it("with embargoes (timed letters), for random entries, viewers and instants", async () => {
    const base = Date.parse("2026-06-01T12:00:00.000Z");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(entryArb, fc.integer({ min: -5, max: 5 })), { maxLength: 12 }),
        viewerArb,
        async (entries, viewer: Viewer) => {
          const db = handle.db;
          await db.deleteFrom("letter").execute();
          const now = new Date(base);
          const rows = entries.map(([e, hours], i) => ({
            id: `l${i}`,
            couple_id: e.coupleId,
            author_id: e.authorId,
            kind: "letter" as const,
            visibility: e.visibility,
            body: "b",
            deliver_at: new Date(base + hours * 3_600_000).toISOString(),
            copied_from: null,
            created_at: now.toISOString(),
          }));
          if (rows.length > 0) await db.insertInto("letter").values(rows).execute();
          const fromSql = (
            await db
              .selectFrom("letter")
              .select("id")
              .where(visibleTo(readScope(viewer, now), { availableFromColumn: "deliver_at" }))
              .execute()
          )
            .map((r) => r.id)
            .sort();
          const fromPolicy = rows
            .filter((r, i) => {
              const facts = entries[i]?.[0];
              return facts && canRead(viewer, { ...facts, availableFrom: r.deliver_at }, now);
            })
            .map((r) => r.id)
            .sort();
          expect(fromSql).toEqual(fromPolicy);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("for counsellors: consented categories only, shared and unembargoed entries only", async () => {
    const base = Date.parse("2026-06-01T12:00:00.000Z");
    const categories = ["checkins", "goals", "repairs"];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(entryArb, fc.integer({ min: -5, max: 5 })), { maxLength: 12 }),
        fc.record({
          userId: fc.constantFrom("stranger", "u1"),
          role: fc.constantFrom("partner" as const, "counsellor" as const),
          coupleId: fc.constant(null),
        }),
        fc.constantFrom(...COUPLES),
        fc.subarray(categories),
        fc.constantFrom(...categories),
        async (entries, viewer: Viewer, coupleId, consented, category) => {
          const db = handle.db;
          await db.deleteFrom("letter").execute();
          const now = new Date(base);
          const rows = entries.map(([e, hours], i) => ({
            id: `l${i}`,
            couple_id: e.coupleId,
            author_id: e.authorId,
            kind: "letter" as const,
            visibility: e.visibility,
            body: "b",
            deliver_at: new Date(base + hours * 3_600_000).toISOString(),
            copied_from: null,
            created_at: now.toISOString(),
          }));
          if (rows.length > 0) await db.insertInto("letter").values(rows).execute();
          const scope = counsellorScope(viewer, coupleId, consented, category, now);
          const fromSql = scope
            ? (
                await db
                  .selectFrom("letter")
                  .select("id")
                  .where(visibleTo(scope, { availableFromColumn: "deliver_at" }))
                  .execute()
              )
                .map((r) => r.id)
                .sort()
            : [];
          const fromPolicy = rows
            .filter((r, i) =>
              counsellorCanRead(
                viewer,
                coupleId,
                consented,
                category,
                { ...(entries[i]?.[0] as EntryFacts), availableFrom: r.deliver_at },
                now,
              ),
            )
            .map((r) => r.id)
            .sort();
          expect(fromSql).toEqual(fromPolicy);
          // Never a private entry, never another couple's.
          for (const id of fromSql) {
            const row = rows.find((r) => r.id === id);
            if (row?.author_id !== viewer.userId) {
              expect(row?.visibility).toBe("couple");
              expect(row?.couple_id).toBe(coupleId);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
