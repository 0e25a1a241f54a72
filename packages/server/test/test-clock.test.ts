import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { HOUR, OffsetClock } from "../src/clock.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import { Client, createCouple, createTestApp, testConfig } from "./support/app.ts";
import { createTestDatabase } from "./support/database.ts";

describe("the browser journeys' test clock", () => {
  let database: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    database = await createTestDatabase("sqlite");
    app = await buildApp({
      config: testConfig("sqlite"),
      database,
      testClock: new OffsetClock(),
      logger: false,
    });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it("moves time forward and runs what fell due, so a timed letter arrives", async () => {
    const [alex, sam] = await createCouple(app);
    const deliverAt = new Date(Date.now() + 2 * HOUR).toISOString();
    const { id } = (await alex.post("/api/letters", { body: "later", kind: "letter", deliverAt })).json()
      .letter;
    expect((await sam.get(`/api/letters/${id}`)).statusCode).toBe(404);
    const moved = await new Client(app).post("/api/test/clock/advance", { ms: 2 * HOUR + 1000 });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().jobsRun).toBeGreaterThan(0);
    expect((await sam.get(`/api/letters/${id}`)).statusCode).toBe(200);
  });

  it("does not exist on a normal server", async () => {
    const t = await createTestApp("sqlite");
    try {
      const me = await new Client(t.app).register();
      expect((await me.post("/api/test/clock/advance", { ms: 1000 })).statusCode).toBe(404);
    } finally {
      await t.close();
    }
  });
});
