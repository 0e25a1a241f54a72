/**
 * Two app instances on one PostgreSQL database behave as one service: a session started on one is
 * valid on the other, a sign-out on one ends it on both, and the login throttle counts across them.
 */
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { ManualClock } from "../src/clock.ts";
import type { DatabaseHandle } from "../src/db/database.ts";
import { openDatabase } from "../src/db/database.ts";
import { Client, PASSWORD, testConfig } from "./support/app.ts";
import { createTestDatabase, DATABASES } from "./support/database.ts";
import { openSse } from "./support/sse.ts";

describe.runIf(DATABASES.includes("postgres"))("two instances on one PostgreSQL database", () => {
  let primary: DatabaseHandle & { url?: string };
  let second: DatabaseHandle;
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    primary = await createTestDatabase("postgres");
    if (!primary.url) throw new Error("no url");
    second = openDatabase({ kind: "postgres", url: primary.url }, { poolSize: 2 });
    const clock = new ManualClock();
    a = await buildApp({ config: testConfig("postgres"), database: primary, clock, logger: false });
    b = await buildApp({ config: testConfig("postgres"), database: second, clock, logger: false });
    await b.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await second.close();
    await primary.close();
  });

  it("shares sessions, sign-out and entries", async () => {
    const onA = await new Client(a).register();
    const onB = new Client(b);
    onB.cookie = onA.cookie;
    expect((await onB.get("/api/me")).json().user.id).toBe(onA.userId);
    const entry = (await onA.post("/api/journal", { body: "written on A", visibility: "private" })).json()
      .entry;
    expect((await onB.get(`/api/journal/${entry.id}`)).json().entry.body).toBe("written on A");
    expect((await onB.post("/api/auth/logout")).statusCode).toBe(204);
    expect((await onA.get("/api/me")).statusCode).toBe(401);
  });

  it("counts failed sign-ins across instances", async () => {
    const owner = await new Client(a).register();
    for (let i = 0; i < 5; i++) {
      const instance = i % 2 === 0 ? a : b;
      const r = await new Client(instance, { ip: "10.1.1.1" }).post("/api/auth/login", {
        email: owner.email,
        password: `wrong ${i}`,
      });
      expect(r.statusCode).toBe(401);
    }
    for (const instance of [a, b]) {
      const r = await new Client(instance, { ip: "10.1.1.1" }).post("/api/auth/login", {
        email: owner.email,
        password: PASSWORD,
      });
      expect(r.statusCode).toBe(429);
    }
  });

  it("delivers an event written through A to a stream open on B within a second", async () => {
    const alex = await new Client(a).register();
    const sam = await new Client(a).register();
    const { code } = (await alex.post("/api/couple/invite")).json();
    await sam.post("/api/couple/join", { code });
    const port = (b.server.address() as AddressInfo).port;
    const stream = await openSse(`http://127.0.0.1:${port}/api/events`, sam.cookie ?? "");
    try {
      await alex.post("/api/appreciations", { body: "through A" });
      const took = await stream.waitFor((e) => e.event === "appreciation.created", 1000);
      expect(took).toBeLessThan(1000);
    } finally {
      stream.close();
    }
  });

  it("runs each due job once when both instances run the queue at the same time", async () => {
    const runs: string[] = [];
    for (const app of [a, b]) {
      app.services.jobs.register("test.count", async (payload) => {
        runs.push(String(payload.n));
        await new Promise((r) => setTimeout(r, 5));
      });
    }
    const due = a.services.clock.now();
    for (let n = 0; n < 40; n++) await a.services.jobs.enqueue("test.count", { n }, due);
    const [fromA, fromB] = await Promise.all([a.services.jobs.runDue(5), b.services.jobs.runDue(5)]);
    expect(runs).toHaveLength(40);
    expect(new Set(runs).size).toBe(40);
    expect((fromA ?? 0) + (fromB ?? 0)).toBe(40);
    expect(Math.min(fromA ?? 0, fromB ?? 0)).toBeGreaterThan(0); // both took part
  });
});
