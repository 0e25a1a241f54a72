import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY } from "../../src/clock.ts";
import { readOutbox } from "../../src/mail/mailer.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";
import { CHECKIN_ANSWER } from "../support/fixture.ts";

describe.each(DATABASES)("check-ins on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("seals each answer until both have answered, then reveals both; later additions are notes", async () => {
    const [alex, sam] = await createCouple(t.app);
    const current = (await alex.get("/api/checkins/current")).json().checkin;
    expect(current).toMatchObject({
      kind: "on-demand",
      status: "open",
      revealed: false,
      mine: null,
      partner: null,
    });
    expect((await sam.get("/api/checkins/current")).json().checkin.id).toBe(current.id);

    const first = await alex.post(`/api/checkins/${current.id}/answers`, CHECKIN_ANSWER("ALEX-WORRY"));
    expect(first.statusCode).toBe(201);
    expect(first.json().checkin).toMatchObject({ revealed: false, partnerAnswered: false, partner: null });
    const samView = await sam.get(`/api/checkins/${current.id}`);
    expect(samView.json().checkin).toMatchObject({
      revealed: false,
      partnerAnswered: true,
      partner: null,
      mine: null,
    });
    for (const response of [
      samView,
      await sam.get("/api/checkins"),
      await sam.get("/api/checkins/current"),
    ]) {
      expect(response.body).not.toContain("ALEX-WORRY");
    }
    const events = await sam.get("/api/events?once=true&lastEventId=0");
    expect(events.body).toContain("checkin.answered");
    expect(events.body).not.toContain("ALEX-WORRY");

    expect((await alex.post(`/api/checkins/${current.id}/answers`, CHECKIN_ANSWER("again"))).statusCode).toBe(
      409,
    );
    expect((await alex.post(`/api/checkins/${current.id}/notes`, { body: "early" })).statusCode).toBe(409);

    const second = await sam.post(`/api/checkins/${current.id}/answers`, CHECKIN_ANSWER("SAM-WORRY"));
    expect(second.json().checkin).toMatchObject({ revealed: true, status: "revealed" });
    expect(second.json().checkin.partner.worry).toContain("ALEX-WORRY");
    expect((await alex.get(`/api/checkins/${current.id}`)).json().checkin.partner.worry).toContain(
      "SAM-WORRY",
    );

    const noted = await alex.post(`/api/checkins/${current.id}/notes`, {
      body: "One more thing: thank you.",
    });
    expect(noted.statusCode).toBe(201);
    expect(
      (await sam.get(`/api/checkins/${current.id}`))
        .json()
        .checkin.notes.map((n: { body: string }) => n.body),
    ).toEqual(["One more thing: thank you."]);
    // The revealed check-in stays current for a day, then a new one starts.
    expect((await alex.get("/api/checkins/current")).json().checkin.id).toBe(current.id);
    t.clock.advance(DAY + 1);
    expect((await alex.get("/api/checkins/current")).json().checkin.id).not.toBe(current.id);
  });

  it("agrees a rhythm, opens each period by job with a reminder, and gently marks a passed window as missed", async () => {
    const [alex, sam] = await createCouple(t.app);
    const proposed = await alex.request("PUT", "/api/checkins/rhythm", {
      cadence: "weekly",
      weekday: 1,
      time: "19:00",
      timeZone: "UTC",
    });
    expect(proposed.json().rhythm).toMatchObject({ status: "proposed", mine: true });
    expect((await alex.post("/api/checkins/rhythm/accept")).statusCode).toBe(409);
    expect((await alex.get("/api/checkins/calendar.ics")).statusCode).toBe(404);
    const accepted = await sam.post("/api/checkins/rhythm/accept");
    expect(accepted.json().rhythm).toMatchObject({ status: "active", mine: false });

    const ics = await sam.get("/api/checkins/calendar.ics");
    expect(ics.statusCode).toBe(200);
    expect(ics.headers["content-type"]).toContain("text/calendar");
    expect(ics.body).toContain("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=MO");
    expect(ics.body).toContain("SUMMARY:Check-in");

    // The rhythm counts from today, and the clock is past Monday's 19:00: the first period is upcoming.
    const upcoming = (await alex.get("/api/checkins/current")).json().checkin;
    expect(upcoming).toMatchObject({ kind: "scheduled", status: "upcoming" });
    expect((await alex.post(`/api/checkins/${upcoming.id}/answers`, CHECKIN_ANSWER("x"))).statusCode).toBe(
      409,
    );

    expect(new Date(upcoming.opensAt).getUTCDay()).toBe(1);
    expect(upcoming.opensAt).toMatch(/T19:00:00\.000Z$/);
    t.clock.advance(Date.parse(upcoming.opensAt) - t.clock.now().getTime());
    await Promise.all([alex.get("/api/me"), sam.get("/api/me")]); // sessions idle out after 7 days
    await t.app.services.jobs.runDue();
    await t.app.services.jobs.runDue();
    const open = (await alex.get("/api/checkins/current")).json().checkin;
    expect(open).toMatchObject({ id: upcoming.id, status: "open" });
    const reminders = (await readOutbox(t.database.db)).filter((m) => [alex.email, sam.email].includes(m.to));
    expect(reminders.map((m) => m.subject)).toEqual(["Your check-in is open", "Your check-in is open"]);

    await alex.post(`/api/checkins/${open.id}/answers`, CHECKIN_ANSWER("x"));
    t.clock.advance(4 * DAY);
    await Promise.all([alex.get("/api/me"), sam.get("/api/me")]); // stay within the session idle time
    t.clock.advance(3 * DAY);
    await t.app.services.jobs.runDue();
    const passedResponse = await sam.get(`/api/checkins/${open.id}`);
    expect(passedResponse.statusCode, passedResponse.body).toBe(200);
    const passed = passedResponse.json().checkin;
    expect(passed).toMatchObject({ status: "missed", revealed: false, partner: null });
    expect((await sam.post(`/api/checkins/${open.id}/answers`, CHECKIN_ANSWER("late"))).statusCode).toBe(409);
    const next = (await sam.get("/api/checkins/current")).json().checkin;
    expect(next.id).not.toBe(open.id);
    expect(next.status).toBe("open");
    expect((await sam.get("/api/events?once=true&lastEventId=0")).body).toContain("checkin.missed");
  });

  it.each([
    [{ ...CHECKIN_ANSWER("x"), safety: 11 }, "safety"],
    [{ ...CHECKIN_ANSWER("x"), trust: -1 }, "trust"],
    [{ ...CHECKIN_ANSWER("x"), trust: 5.5 }, "trust"],
    [{ ...CHECKIN_ANSWER("x"), safety: "7" }, "safety"],
    [{ ...CHECKIN_ANSWER("x"), worry: "" }, "worry"],
    [{ ...CHECKIN_ANSWER("x"), request: "x".repeat(2001) }, "request"],
  ])("refuses %j naming %s, and stores nothing", async (payload, field) => {
    const [alex, sam] = await createCouple(t.app);
    const { id } = (await alex.get("/api/checkins/current")).json().checkin;
    const response = await alex.post(`/api/checkins/${id}/answers`, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    expect((await sam.get(`/api/checkins/${id}`)).json().checkin.partnerAnswered).toBe(false);
  });

  it("answers 404 for another couple's check-in and 409 for solo people; refuses unknown time zones", async () => {
    const [alex] = await createCouple(t.app);
    const [olive] = await createCouple(t.app);
    const { id } = (await alex.get("/api/checkins/current")).json().checkin;
    expect((await olive.get(`/api/checkins/${id}`)).statusCode).toBe(404);
    expect((await olive.post(`/api/checkins/${id}/answers`, CHECKIN_ANSWER("x"))).statusCode).toBe(404);
    const solo = await new Client(t.app).register();
    expect((await solo.get("/api/checkins/current")).statusCode).toBe(409);
    const badZone = await alex.request("PUT", "/api/checkins/rhythm", {
      cadence: "weekly",
      weekday: 1,
      time: "19:00",
      timeZone: "Mars/Olympus",
    });
    expect(badZone.statusCode).toBe(400);
    expect(badZone.json().issues[0].field).toBe("timeZone");
    expect(
      (
        await alex.request("PUT", "/api/checkins/rhythm", {
          cadence: "daily",
          weekday: 8,
          time: "25:00",
          timeZone: "UTC",
        })
      )
        .json()
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(["cadence", "time", "weekday"]);
  });
});
