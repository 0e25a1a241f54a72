import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINUTE } from "../../src/clock.ts";
import { COACH_REQUESTS_PER_MINUTE } from "../../src/features/coach/routes.ts";
import { Client, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe.each(DATABASES)("coach endpoint on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("flags a blaming message, offers a rewrite, and leaves a kind message alone", async () => {
    const me = await new Client(t.app).register();
    const text = "You never listen to me and it's all your fault.";
    const response = await me.post("/api/coach/analyze", { text });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.kinds).toContain("blame");
    for (const flag of body.flags) expect(text.slice(flag.start, flag.end).length).toBeGreaterThan(0);
    expect(body.rewrite.text).toMatch(/\bI\b/);
    const kind = await me.post("/api/coach/analyze", {
      text: "I felt lonely on Tuesday evening and I'd love a walk together.",
    });
    expect(kind.json()).toEqual({ kinds: [], flags: [], rewrite: null });
  });

  it("never stores the text", async () => {
    const me = await new Client(t.app).register();
    const marker = "UNIQUE-COACH-MARKER you always ruin everything";
    await me.post("/api/coach/analyze", { text: marker });
    const tables = [
      "app_user",
      "session",
      "journal_entry",
      "assessment",
      "assessment_draft",
      "rate_limit",
      "login_throttle",
    ];
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        t.database.db,
      );
      expect(JSON.stringify(rows.rows)).not.toContain("UNIQUE-COACH-MARKER");
    }
  });

  it("refuses bad input and limits each person's requests", async () => {
    const me = await new Client(t.app).register();
    expect((await me.post("/api/coach/analyze", {})).statusCode).toBe(400);
    expect((await me.post("/api/coach/analyze", { text: "x".repeat(50_001) })).statusCode).toBe(400);
    expect((await me.post("/api/coach/analyze", { text: 5 })).statusCode).toBe(400);
    const other = await new Client(t.app).register();
    let status = 200;
    for (let i = 0; i < COACH_REQUESTS_PER_MINUTE + 1 && status === 200; i++) {
      status = (await other.post("/api/coach/analyze", { text: "hello", rewrite: false })).statusCode;
    }
    expect(status).toBe(429);
    expect((await me.post("/api/coach/analyze", { text: "hello" })).statusCode).toBe(200);
    t.clock.advance(MINUTE + 1);
    expect((await other.post("/api/coach/analyze", { text: "hello" })).statusCode).toBe(200);
  });
});
