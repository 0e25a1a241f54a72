import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY } from "../../src/clock.ts";
import { readOutbox } from "../../src/mail/mailer.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const ANSWER = { safety: 7, trust: 6, appreciation: "Dinner", worry: "I felt uneasy", request: "A walk?" };

describe.each(DATABASES)("boundaries on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("propose, ask to talk, counter, accept: versions kept, the agreed one in force", async () => {
    const [alex, sam] = await createCouple(t.app);
    const proposed = await alex.post("/api/boundaries", {
      kind: "limit",
      body: "No looking through each other's phones",
    });
    expect(proposed.statusCode).toBe(201);
    const v1 = proposed.json().boundary;
    expect(v1).toMatchObject({ version: 1, status: "proposed", mine: true });
    expect((await alex.post(`/api/boundaries/${v1.id}/respond`, { response: "accept" })).statusCode).toBe(
      409,
    );
    const talk = await sam.post(`/api/boundaries/${v1.id}/respond`, {
      response: "talk",
      note: "Can we talk about work phones?",
    });
    expect(talk.json().boundary).toMatchObject({ status: "talk", note: "Can we talk about work phones?" });
    const v2 = (
      await sam.post(`/api/boundaries/${v1.id}/counter`, {
        body: "No looking through each other's personal phones",
      })
    ).json().boundary;
    expect(v2).toMatchObject({ version: 2, status: "proposed", mine: true, seriesId: v1.id });
    expect((await sam.post(`/api/boundaries/${v1.id}/respond`, { response: "accept" })).statusCode).toBe(409);
    const agreed = await alex.post(`/api/boundaries/${v2.id}/respond`, { response: "accept" });
    expect(agreed.json().boundary.status).toBe("agreed");
    const detail = (await sam.get(`/api/boundaries/${v1.id}`)).json();
    expect(detail.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, "agreed"],
      [1, "countered"],
    ]);
    expect((await sam.get("/api/boundaries")).json().boundaries.map((b: { id: string }) => b.id)).toEqual([
      v2.id,
    ]);
  });

  it("a crossed boundary becomes an item on the next check-in, and the review date reminds both", async () => {
    const [alex, sam] = await createCouple(t.app);
    const reviewOn = new Date(t.clock.now().getTime() + 3 * DAY).toISOString().slice(0, 10);
    const b = (
      await alex.post("/api/boundaries", { kind: "need", body: "Tell me when plans change", reviewOn })
    ).json().boundary;
    expect((await sam.post(`/api/boundaries/${b.id}/crossed`, { body: "x" })).statusCode).toBe(409); // not agreed yet
    await sam.post(`/api/boundaries/${b.id}/respond`, { response: "accept" });
    const crossed = await alex.post(`/api/boundaries/${b.id}/crossed`, {
      body: "I felt left out when the plan changed without a word",
    });
    expect(crossed.statusCode).toBe(201);
    const checkin = (await sam.get("/api/checkins/current")).json().checkin;
    expect(checkin.agenda.map((a: { body: string }) => a.body)).toEqual([
      "I felt left out when the plan changed without a word",
    ]);
    await alex.post(`/api/checkins/${checkin.id}/answers`, ANSWER);
    await sam.post(`/api/checkins/${checkin.id}/answers`, ANSWER);
    const revealed = (await alex.get(`/api/checkins/${checkin.id}`)).json().checkin;
    expect(revealed.agenda).toHaveLength(1);

    t.clock.advance(4 * DAY);
    await t.app.services.jobs.runDue();
    await t.app.services.jobs.runDue();
    const mail = (await readOutbox(t.app.services.db)).filter((m) => m.subject.includes("agreements"));
    expect(mail.map((m) => m.to).sort()).toEqual([alex.email, sam.email].sort());
    expect(mail.every((m) => !m.text.includes("plans change"))).toBe(true);
  });

  it("answers bad input clearly and keeps other couples out", async () => {
    const [alex] = await createCouple(t.app);
    const [olive] = await createCouple(t.app);
    expect((await alex.post("/api/boundaries", { kind: "wish", body: "x" })).statusCode).toBe(400);
    expect((await alex.post("/api/boundaries", { kind: "need", body: "" })).statusCode).toBe(400);
    expect(
      (await alex.post("/api/boundaries", { kind: "need", body: "x", reviewOn: "2020-01-01" })).json()
        .issues[0].field,
    ).toBe("reviewOn");
    const b = (await alex.post("/api/boundaries", { kind: "need", body: "x" })).json().boundary;
    expect((await olive.get(`/api/boundaries/${b.id}`)).statusCode).toBe(404);
    expect((await olive.post(`/api/boundaries/${b.id}/respond`, { response: "accept" })).statusCode).toBe(
      404,
    );
    const solo = await new Client(t.app).register();
    expect((await solo.post("/api/boundaries", { kind: "need", body: "x" })).statusCode).toBe(409);
  });
});
