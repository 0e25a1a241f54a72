import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY } from "../../src/clock.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const daily = (startsOn: string) => ({ repeat: "daily", startsOn, timeZone: "Europe/Berlin" });

describe.each(DATABASES)("commitments on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());
  const today = () => t.clock.now().toISOString().slice(0, 10);

  it("the maker marks days kept or missed, the partner acknowledges, reliability follows", async () => {
    const [alex, sam] = await createCouple(t.app);
    const created = await alex.post("/api/commitments", {
      title: "Text if I'll be more than 15 minutes late",
      schedule: daily(today()),
      visibility: "couple",
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().commitment.id as string;
    expect(created.json().commitment).toMatchObject({
      version: 1,
      status: "active",
      mine: true,
      nextDue: today(),
    });

    const day1 = today();
    expect(
      (await alex.request("PUT", `/api/commitments/${id}/occurrences/${day1}`, { outcome: "kept" }))
        .statusCode,
    ).toBe(200);
    // Only the maker marks; the partner says "I noticed", and not for their own promise.
    expect(
      (await sam.request("PUT", `/api/commitments/${id}/occurrences/${day1}`, { outcome: "kept" }))
        .statusCode,
    ).toBe(403);
    expect((await alex.post(`/api/commitments/${id}/occurrences/${day1}/acknowledge`)).statusCode).toBe(409);
    const ack = await sam.post(`/api/commitments/${id}/occurrences/${day1}/acknowledge`);
    expect(ack.statusCode).toBe(200);
    expect(ack.json().commitment.occurrences[0]).toMatchObject({ date: day1, outcome: "kept" });
    expect(ack.json().commitment.occurrences[0].acknowledgedAt).not.toBeNull();
    expect(ack.json().commitment.mine).toBe(false);

    t.clock.advance(DAY);
    const day2 = today();
    await alex.request("PUT", `/api/commitments/${id}/occurrences/${day2}`, {
      outcome: "missed",
      note: "Phone died",
    });
    t.clock.advance(DAY); // day 3 passes unmarked
    t.clock.advance(DAY);
    const view = (await sam.get(`/api/commitments/${id}`)).json().commitment;
    // Days 1–3 are due (3 is over, unmarked); today is not due until marked.
    expect(view.reliability.last30).toEqual({ kept: 1, due: 3 });
    expect(view.reliability.trend).toBe("too-early");
    expect(view.occurrences.map((o: { outcome: string | null }) => o.outcome)).toEqual([
      null,
      null,
      "missed",
      "kept",
    ]);
    expect((await sam.post(`/api/commitments/${id}/occurrences/${day2}/acknowledge`)).statusCode).toBe(409);
  });

  it("renegotiating keeps the history; ending needs a reason; nothing is deleted", async () => {
    const [alex, sam] = await createCouple(t.app);
    const id = (
      await alex.post("/api/commitments", {
        title: "Walk together",
        schedule: daily(today()),
        visibility: "couple",
      })
    ).json().commitment.id as string;
    await alex.request("PUT", `/api/commitments/${id}/occurrences/${today()}`, { outcome: "kept" });
    t.clock.advance(DAY);
    const renegotiated = await alex.post(`/api/commitments/${id}/renegotiate`, {
      title: "Walk together on Saturdays",
      schedule: { repeat: "weekly", startsOn: today(), weekdays: [6], timeZone: "Europe/Berlin" },
      reason: "Every day was too much with the new job",
    });
    expect(renegotiated.statusCode).toBe(201);
    const next = renegotiated.json().commitment;
    expect(next).toMatchObject({ version: 2, seriesId: id, status: "active" });
    expect(next.reliability.last30).toEqual({ kept: 1, due: 1 });
    const detail = (await sam.get(`/api/commitments/${next.id}`)).json();
    expect(
      detail.history.map((h: { version: number; status: string; reason: string }) => [
        h.version,
        h.status,
        h.reason,
      ]),
    ).toEqual([[1, "renegotiated", "Every day was too much with the new job"]]);
    // The old version cannot be marked or renegotiated again.
    expect(
      (await alex.request("PUT", `/api/commitments/${id}/occurrences/${today()}`, { outcome: "kept" }))
        .statusCode,
    ).toBe(409);
    const list = (await sam.get("/api/commitments")).json().commitments;
    expect(
      list.filter((c: { seriesId: string }) => c.seriesId === id).map((c: { version: number }) => c.version),
    ).toEqual([2]);

    expect((await alex.post(`/api/commitments/${next.id}/end`, { reason: " " })).statusCode).toBe(400);
    const ended = await alex.post(`/api/commitments/${next.id}/end`, { reason: "We walk anyway now" });
    expect(ended.json().commitment).toMatchObject({
      status: "ended",
      nextDue: null,
      reason: "We walk anyway now",
    });
  });

  it("private promises stay the maker's", async () => {
    const [alex, sam] = await createCouple(t.app);
    const id = (
      await alex.post("/api/commitments", {
        title: "SECRET promise",
        schedule: daily(today()),
        visibility: "private",
      })
    ).json().commitment.id as string;
    await alex.request("PUT", `/api/commitments/${id}/occurrences/${today()}`, { outcome: "kept" });
    expect((await sam.get(`/api/commitments/${id}`)).statusCode).toBe(404);
    expect((await sam.post(`/api/commitments/${id}/occurrences/${today()}/acknowledge`)).statusCode).toBe(
      404,
    );
    expect((await sam.get("/api/commitments")).body).not.toContain("SECRET");
  });

  it("refuses schedules that make no sense and days that are not due, writing nothing", async () => {
    const [alex] = await createCouple(t.app);
    const post = (schedule: unknown, extra: object = {}) =>
      alex.post("/api/commitments", { title: "Call my mother", schedule, visibility: "couple", ...extra });
    const field = async (schedule: unknown) => (await post(schedule)).json().issues?.[0]?.field;
    expect(await field({ ...daily("2026-03-10"), endsOn: "2026-03-01" })).toBe("schedule.endsOn");
    expect(await field({ repeat: "weekly", startsOn: today(), weekdays: [], timeZone: "UTC" })).toBe(
      "schedule.weekdays",
    );
    // Tuesday 2026-03-10 to Thursday 2026-03-12 holds no Sunday.
    expect(
      await field({
        repeat: "weekly",
        startsOn: "2026-03-10",
        endsOn: "2026-03-12",
        weekdays: [7],
        timeZone: "UTC",
      }),
    ).toBe("schedule");
    expect(await field({ ...daily("2026-02-30") })).toBe("schedule.startsOn");
    expect(await field({ ...daily(today()), timeZone: "Mars/Olympus" })).toBe("schedule.timeZone");
    expect(await field({ repeat: "hourly", startsOn: today(), timeZone: "UTC" })).toBe("schedule.repeat");
    expect((await post(daily(today()), { title: "" })).statusCode).toBe(400);
    expect((await alex.get("/api/commitments")).json().commitments).toEqual([]);

    const id = (await post({ repeat: "weekly", startsOn: today(), weekdays: [1], timeZone: "UTC" })).json()
      .commitment.id;
    const mark = async (date: string) =>
      (await alex.request("PUT", `/api/commitments/${id}/occurrences/${date}`, { outcome: "kept" }))
        .statusCode;
    t.clock.advance(DAY);
    const tuesday = today();
    expect(await mark(tuesday)).toBe(400); // not a Monday
    expect(await mark("2099-01-05")).toBe(400); // still to come
    expect(await mark("not-a-date")).toBe(404);
    expect(
      (await alex.request("PUT", `/api/commitments/${id}/occurrences/${tuesday}`, { outcome: "maybe" }))
        .statusCode,
    ).toBe(400);
    const solo = await new Client(t.app).register();
    expect(
      (await solo.post("/api/commitments", { title: "x", schedule: daily(today()), visibility: "couple" }))
        .statusCode,
    ).toBe(400);
    expect(
      (await solo.post("/api/commitments", { title: "x", schedule: daily(today()), visibility: "private" }))
        .statusCode,
    ).toBe(201);
  });
});
