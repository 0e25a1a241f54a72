import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUR } from "../../src/clock.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const ANSWER = (safety: number, trust: number) => ({
  safety,
  trust,
  appreciation: "Dinner",
  worry: "SEALED-WORRY I felt uneasy",
  request: "A walk?",
});

describe.each(DATABASES)("goals on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("allows two active goals per person; the third gets a kind 409 and nothing is written", async () => {
    const [alex, sam] = await createCouple(t.app);
    const first = await alex.post("/api/goals", { title: "Weekly check-ins" });
    expect(first.json().goal).toMatchObject({ status: "active", visibility: "couple", mine: true });
    expect(
      (await alex.post("/api/goals", { title: "Rebuild trust about money", visibility: "private" }))
        .statusCode,
    ).toBe(201);
    const third = await alex.post("/api/goals", { title: "Everything at once" });
    expect(third.statusCode).toBe(409);
    expect(third.json()).toMatchObject({ error: "too_many_goals" });
    expect(third.json().message).toMatch(/small steps/i);
    expect((await alex.get("/api/goals")).json().goals).toHaveLength(2);
    // The partner has their own two.
    expect((await sam.post("/api/goals", { title: "Sam's goal" })).statusCode).toBe(201);
    // Three requests at once still leave two.
    const results = await Promise.all(["a", "b", "c"].map((title) => sam.post("/api/goals", { title })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);

    // Milestones, reaching (frees a slot), resuming needs a slot.
    const id = first.json().goal.id as string;
    const withMilestone = (await alex.post(`/api/goals/${id}/milestones`, { title: "First check-in" })).json()
      .goal;
    const milestoneId = withMilestone.milestones[0].id;
    expect((await sam.post(`/api/goals/${id}/milestones/${milestoneId}/done`)).statusCode).toBe(404);
    expect(
      (await alex.post(`/api/goals/${id}/milestones/${milestoneId}/done`)).json().goal.milestones[0].doneAt,
    ).not.toBeNull();
    const reached = (await alex.post(`/api/goals/${id}/reach`)).json().goal;
    expect(reached).toMatchObject({ status: "reached" });
    expect((await alex.post("/api/goals", { title: "Now there is room" })).statusCode).toBe(201);
    const aside = (await alex.get("/api/goals"))
      .json()
      .goals.find((g: { title: string }) => g.title === "Now there is room");
    await alex.post(`/api/goals/${aside.id}/set-aside`);
    await alex.post("/api/goals", { title: "Another" });
    expect((await alex.post(`/api/goals/${aside.id}/resume`)).statusCode).toBe(409);
    expect((await alex.post(`/api/goals/${id}/resume`)).statusCode).toBe(409); // reached stays reached
  });

  it("private goals stay private; bad input is answered", async () => {
    const [alex, sam] = await createCouple(t.app);
    const id = (await alex.post("/api/goals", { title: "SECRET goal", visibility: "private" })).json().goal
      .id;
    expect((await sam.get("/api/goals")).body).not.toContain("SECRET");
    expect((await sam.patch(`/api/goals/${id}`, { title: "mine now" })).statusCode).toBe(404);
    expect((await alex.post("/api/goals", { title: "" })).statusCode).toBe(400);
    expect((await alex.post("/api/goals", { title: "x", visibility: "everyone" })).statusCode).toBe(400);
    const solo = await new Client(t.app).register();
    expect((await solo.post("/api/goals", { title: "Solo goal" })).json().goal.visibility).toBe("private");
  });
});

describe.each(DATABASES)("timeline on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("gathers shared milestones and revealed ratings, never private or sealed things", async () => {
    const [alex, sam] = await createCouple(t.app);
    const checkin = (await alex.get("/api/checkins/current")).json().checkin;
    await alex.post(`/api/checkins/${checkin.id}/answers`, ANSWER(6, 5));
    const sealed = (await sam.get("/api/timeline")).json();
    expect(sealed.ratings).toEqual([]);
    expect(JSON.stringify(sealed)).not.toContain("SEALED");
    t.clock.advance(HOUR);
    await sam.post(`/api/checkins/${checkin.id}/answers`, ANSWER(8, 7));
    const goal = (await alex.post("/api/goals", { title: "Shared goal" })).json().goal.id;
    await alex.post(`/api/goals/${goal}/reach`);
    const secret = (await alex.post("/api/goals", { title: "SECRET goal", visibility: "private" })).json()
      .goal.id;
    await alex.post(`/api/goals/${secret}/reach`);
    const today = t.clock.now().toISOString().slice(0, 10);
    const c = (
      await alex.post("/api/commitments", {
        title: "Call at lunch",
        schedule: { repeat: "daily", startsOn: today, timeZone: "UTC" },
        visibility: "couple",
      })
    ).json().commitment.id;
    await alex.request("PUT", `/api/commitments/${c}/occurrences/${today}`, { outcome: "kept" });

    const timeline = (await sam.get("/api/timeline")).json();
    expect(timeline.items.map((i: { kind: string }) => i.kind).sort()).toEqual(
      ["commitments-kept", "first-checkin", "goal-reached", "linked"].sort(),
    );
    expect(JSON.stringify(timeline)).not.toContain("SECRET");
    expect(timeline.ratings.map((r: { safety: number; mine: boolean }) => [r.safety, r.mine])).toEqual([
      [6, false],
      [8, true],
    ]);
    expect((await new Client(t.app).get("/api/timeline")).statusCode).toBe(401);
  });
});
