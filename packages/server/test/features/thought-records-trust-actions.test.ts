import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, HOUR } from "../../src/clock.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const RECORD = {
  situation: "Sam came home two hours late",
  thought: "SECRET-THOUGHT they always choose work over me",
  intensityBefore: 80,
  traps: ["all-or-nothing", "mind-reading"],
  evidenceFor: "It happened last week too",
  evidenceAgainst: "They texted at six that the meeting ran over",
  alternative: "The meeting ran long and they told me",
  intensityAfter: 35,
};

describe.each(DATABASES)("thought records on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("are private by default, editable by the author alone, and summarised by month", async () => {
    const [alex, sam] = await createCouple(t.app);
    const created = await alex.post("/api/thought-records", RECORD);
    expect(created.statusCode).toBe(201);
    const record = created.json().thoughtRecord;
    expect(record).toMatchObject({ ...RECORD, visibility: "private", mine: true });
    expect((await sam.get(`/api/thought-records/${record.id}`)).statusCode).toBe(404);
    expect((await sam.get("/api/thought-records")).body).not.toContain("SECRET-THOUGHT");
    expect((await sam.patch(`/api/thought-records/${record.id}`, { intensityAfter: 10 })).statusCode).toBe(
      404,
    );
    expect((await sam.delete(`/api/thought-records/${record.id}`)).statusCode).toBe(404);

    const edited = await alex.patch(`/api/thought-records/${record.id}`, {
      intensityAfter: 30,
      visibility: "couple",
    });
    expect(edited.json().thoughtRecord).toMatchObject({ intensityAfter: 30, intensityBefore: 80 });
    expect((await sam.get(`/api/thought-records/${record.id}`)).json().thoughtRecord.mine).toBe(false);

    t.clock.advance(HOUR);
    await alex.post("/api/thought-records", {
      situation: "A quiet evening",
      thought: "They are bored of me",
      intensityBefore: 40,
    });
    await sam.post("/api/thought-records", { situation: "x", thought: "y", intensityBefore: 100 });
    const stats = (await alex.get("/api/thought-records/stats")).json().months;
    expect(stats).toEqual([
      { month: t.clock.now().toISOString().slice(0, 7), count: 2, meanBefore: 60, meanAfter: 30 },
    ]);
    expect((await alex.delete(`/api/thought-records/${record.id}`)).statusCode).toBe(204);
    expect((await alex.get(`/api/thought-records/${record.id}`)).statusCode).toBe(404);
  });

  it("refuses intensities outside 0–100 and unknown traps, writing nothing", async () => {
    const alex = await new Client(t.app).register();
    for (const bad of [
      { intensityBefore: 101 },
      { intensityBefore: -1 },
      { intensityBefore: 50.5 },
      { intensityBefore: "80" },
      { intensityAfter: 1000 },
      { traps: ["paranoia"] },
      { thought: "   " },
      { visibility: "couple" }, // solo: sharing needs a partner
    ]) {
      const response = await alex.post("/api/thought-records", { ...RECORD, ...bad });
      expect(response.statusCode, JSON.stringify(bad)).toBe(400);
      expect(response.json().issues[0].field).toMatch(new RegExp(`^${Object.keys(bad)[0]}`));
    }
    expect((await alex.get("/api/thought-records")).json().thoughtRecords).toEqual([]);
    expect((await alex.patch("/api/thought-records/nope", { intensityAfter: 5 })).statusCode).toBe(404);
  });
});

describe.each(DATABASES)("daily trust action on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("is stable through the day, can be skipped or done, and changes the next day", async () => {
    const [alex] = await createCouple(t.app);
    const url = "/api/trust-actions/today?timeZone=Pacific/Auckland";
    const first = (await alex.get(url)).json().today;
    expect(first.status).toBe("open");
    expect((await alex.get(url)).json().today).toEqual(first);
    const skipped = (await alex.post("/api/trust-actions/today/skip?timeZone=Pacific/Auckland")).json().today;
    expect(skipped.action.id).not.toBe(first.action.id);
    const done = (await alex.post("/api/trust-actions/today/done?timeZone=Pacific/Auckland")).json().today;
    expect(done).toMatchObject({ status: "done", doneTotal: 1, action: { id: skipped.action.id } });
    expect((await alex.post("/api/trust-actions/today/done?timeZone=Pacific/Auckland")).statusCode).toBe(409);
    t.clock.advance(DAY);
    expect((await alex.get(url)).json().today).toMatchObject({ status: "open", doneTotal: 1 });
    expect((await alex.get("/api/trust-actions/today?timeZone=Nowhere/Land")).statusCode).toBe(400);
  });
});

describe.each(DATABASES)("healthy distractions on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("are the person's own list", async () => {
    const [alex, sam] = await createCouple(t.app);
    expect((await alex.get("/api/me/distractions")).json().items).toEqual([]);
    const put = await alex.request("PUT", "/api/me/distractions", {
      items: ["Walk round the block ", "Call Jo"],
    });
    expect(put.json().items).toEqual(["Walk round the block", "Call Jo"]);
    expect((await sam.get("/api/me/distractions")).json().items).toEqual([]);
    expect((await alex.request("PUT", "/api/me/distractions", { items: [""] })).statusCode).toBe(400);
    expect(
      (await alex.request("PUT", "/api/me/distractions", { items: Array(21).fill("x") })).statusCode,
    ).toBe(400);
    expect((await alex.get("/api/me/distractions")).json().items).toEqual([
      "Walk round the block",
      "Call Jo",
    ]);
  });
});
