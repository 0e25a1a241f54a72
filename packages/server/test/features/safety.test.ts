import { SAFETY_ITEM_IDS } from "@mend/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const answers = (overrides: Record<string, string> = {}) => ({
  ...Object.fromEntries(SAFETY_ITEM_IDS.map((id) => [id, "never"])),
  ...overrides,
});
const eventsOf = async (c: Client) =>
  ((await c.get("/api/events?once=true&lastEventId=0")).body.match(/event: [a-z.-]+/g) ?? []).map((e) =>
    e.slice(7),
  );

describe.each(DATABASES)("safety on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("keeps the check its author's alone and offers safety mode when it is concerning", async () => {
    const [alex, sam] = await createCouple(t.app);
    const calm = await alex.post("/api/safety/check", { answers: answers() });
    expect(calm.statusCode).toBe(201);
    expect(calm.json().check).toMatchObject({ level: "none", offersSafetyMode: false });
    const before = await eventsOf(sam);
    t.clock.advance(60_000);
    const urgent = await alex.post("/api/safety/check", {
      answers: answers({ fear: "often", physical: "sometimes", phone: "often" }),
      note: "SAFETY-NOTE-SECRET",
    });
    expect(urgent.json().check).toMatchObject({ level: "urgent", offersSafetyMode: true });
    expect(urgent.json().check.reasons).toContain("physical");
    expect((await alex.get("/api/safety/checks")).json().checks).toHaveLength(2);
    expect((await sam.get("/api/safety/checks")).json().checks).toEqual([]);
    expect(await eventsOf(sam)).toEqual(before); // nothing announced
    for (const url of ["/api/timeline", "/api/me", "/api/safety/checks", "/api/support/suggestions"]) {
      const body = (await sam.get(url)).body;
      expect(body, url).not.toContain("SAFETY-NOTE-SECRET");
      expect(body, url).not.toContain("safety-concern");
    }
    const mine = (await alex.get("/api/support/suggestions")).json().suggestions;
    expect(mine[0]).toMatchObject({ reason: "safety-concern", urgency: "now" });
  });

  it("safety mode pauses shared features for both; the partner sees only a neutral pause", async () => {
    const [alex, sam] = await createCouple(t.app);
    expect((await alex.request("PUT", "/api/safety/mode", { on: true })).json()).toEqual({
      safetyMode: true,
      couplePaused: true,
    });
    const samMe = (await sam.get("/api/me")).json();
    expect(samMe.couple.paused).toBe(true);
    expect(JSON.stringify(samMe)).not.toMatch(/safety/i);
    expect((await sam.get("/api/safety/mode")).json()).toEqual({ safetyMode: false, couplePaused: true });
    for (const [who, method, url, body] of [
      [sam, "POST", "/api/appreciations", { body: "thanks" }],
      [sam, "POST", "/api/letters", { body: "hello", kind: "letter" }],
      [sam, "GET", "/api/checkins/current", undefined],
      [alex, "POST", "/api/repairs", { title: "x", kind: "rupture" }],
    ] as const) {
      const response = await who.request(method, url, body);
      expect(response.statusCode, url).toBe(409);
      expect(response.json().error).toBe("couple_paused");
      expect(response.body).not.toMatch(/safety/i);
    }
    // Withdrawing consent and reading the access log stay possible while paused.
    expect((await alex.request("PUT", "/api/couple/counsellor-consent", { categories: [] })).statusCode).toBe(
      200,
    );
    expect((await alex.get("/api/couple/access-log")).statusCode).toBe(200);
    // Individual work goes on.
    expect((await alex.post("/api/journal", { body: "mine", visibility: "private" })).statusCode).toBe(201);
    expect((await alex.request("PUT", "/api/safety/mode", { on: false })).json().couplePaused).toBe(false);
    expect((await sam.post("/api/appreciations", { body: "thanks" })).statusCode).toBe(201);
  });

  it("answers bad input clearly and offers resources", async () => {
    const alex = await new Client(t.app).register();
    const bad = async (body: unknown) => (await alex.post("/api/safety/check", body)).json();
    expect((await bad({ answers: { ...answers(), fear: "always" } })).issues[0].field).toContain("answers");
    expect((await bad({ answers: { fear: "never" } })).error).toBe("invalid_body");
    expect((await bad({ answers: { ...answers(), mood: "never" } })).error).toBe("invalid_body");
    expect((await bad({ answers: answers(), note: "x".repeat(2001) })).error).toBe("invalid_body");
    expect((await alex.get("/api/safety/checks")).json().checks).toEqual([]);
    const resources = (await alex.get("/api/safety/resources?locale=en-GB")).json();
    expect(resources.isDefault).toBe(true);
    expect(resources.resources.length).toBeGreaterThan(0);
  });
});
