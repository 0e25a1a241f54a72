import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DAY, HOUR } from "../../src/clock.ts";
import { readOutbox } from "../../src/mail/mailer.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const eventsOf = async (c: Client) =>
  ((await c.get("/api/events?once=true&lastEventId=0")).body.match(/event: [a-z.-]+/g) ?? []).map((e) =>
    e.slice(7),
  );

describe.each(DATABASES)("appreciations on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("shares thanks with the partner, tells them live, and draws only theirs from my jar", async () => {
    const [alex, sam] = await createCouple(t.app);
    expect((await alex.get("/api/appreciations/jar")).json().appreciation).toBeNull();
    const created = await sam.post("/api/appreciations", { body: "Thank you for the tea this morning 💛" });
    expect(created.statusCode).toBe(201);
    t.clock.advance(1000);
    await alex.post("/api/appreciations", { body: "Thanks for listening" });
    expect(await eventsOf(alex)).toEqual(["appreciation.created"]);
    expect(await eventsOf(sam)).toEqual(["appreciation.created"]);
    const list = (await alex.get("/api/appreciations")).json().appreciations;
    expect(list.map((a: { body: string; mine: boolean }) => [a.body, a.mine])).toEqual([
      ["Thanks for listening", true],
      ["Thank you for the tea this morning 💛", false],
    ]);
    for (let i = 0; i < 5; i++) {
      expect((await alex.get("/api/appreciations/jar")).json().appreciation.body).toBe(
        "Thank you for the tea this morning 💛",
      );
    }
  });

  it("needs a partner and a body", async () => {
    const solo = await new Client(t.app).register();
    expect((await solo.post("/api/appreciations", { body: "thanks" })).statusCode).toBe(409);
    const [alex] = await createCouple(t.app);
    expect((await alex.post("/api/appreciations", { body: "  " })).statusCode).toBe(400);
    expect((await alex.post("/api/appreciations", { body: "x".repeat(2001) })).statusCode).toBe(400);
    expect((await alex.get("/api/appreciations")).json().appreciations).toEqual([]);
  });
});

describe.each(DATABASES)("letters on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("delivers a letter now: the partner reads it and gets an e-mail without its words", async () => {
    const [alex, sam] = await createCouple(t.app);
    const created = await alex.post("/api/letters", {
      body: "LETTER-WORDS I am sorry about Friday.",
      kind: "letter",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().letter).toMatchObject({ kind: "letter", delivered: true, mine: true });
    expect((await sam.get(`/api/letters/${created.json().letter.id}`)).json().letter.body).toContain(
      "LETTER-WORDS",
    );
    expect(await t.app.services.jobs.runDue()).toBe(1); // the e-mail (the event went out at once)
    await t.app.services.jobs.runDue();
    expect(await eventsOf(sam)).toEqual(["letter.delivered"]);
    const mail = (await readOutbox(t.database.db)).filter((m) => m.to === sam.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.subject).toBe("You have a new letter");
    expect(JSON.stringify(mail)).not.toContain("LETTER-WORDS");
    expect(mail[0]?.text).toContain("http://mend.test/letters");
  });

  it("keeps a timed letter invisible to the partner everywhere until its time", async () => {
    const [alex, sam] = await createCouple(t.app);
    const deliverAt = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
    const created = await alex.post("/api/letters", { body: "TIMED-WORDS", kind: "letter", deliverAt });
    const id = created.json().letter.id;
    expect(created.json().letter).toMatchObject({ delivered: false, deliverAt });
    await t.app.services.jobs.runDue();
    expect((await sam.get(`/api/letters/${id}`)).statusCode).toBe(404);
    expect(JSON.stringify((await sam.get("/api/letters")).json())).not.toContain("TIMED-WORDS");
    expect(await eventsOf(sam)).toEqual([]);
    expect((await readOutbox(t.database.db)).filter((m) => m.to === sam.email)).toEqual([]);

    t.clock.advance(2 * HOUR);
    expect((await sam.get(`/api/letters/${id}`)).json().letter).toMatchObject({
      body: "TIMED-WORDS",
      delivered: true,
    });
    await t.app.services.jobs.runDue();
    await t.app.services.jobs.runDue();
    expect(await eventsOf(sam)).toEqual(["letter.delivered"]);
    expect((await readOutbox(t.database.db)).filter((m) => m.to === sam.email)).toHaveLength(1);
    // Running the queue again sends nothing twice.
    await t.app.services.jobs.runDue();
    expect((await readOutbox(t.database.db)).filter((m) => m.to === sam.email)).toHaveLength(1);
  });

  it("keeps unsent letters with their author until they send a copy", async () => {
    const [alex, sam] = await createCouple(t.app);
    const unsent = (await alex.post("/api/letters", { body: "UNSENT-WORDS", kind: "unsent" })).json().letter;
    expect(unsent).toMatchObject({ kind: "unsent", deliverAt: null, delivered: false });
    expect((await sam.get(`/api/letters/${unsent.id}`)).statusCode).toBe(404);
    const copy = await alex.post(`/api/letters/${unsent.id}/send-copy`, {});
    expect(copy.statusCode).toBe(201);
    expect(copy.json().letter).toMatchObject({ kind: "letter", body: "UNSENT-WORDS", copiedFrom: unsent.id });
    expect((await sam.get(`/api/letters/${copy.json().letter.id}`)).statusCode).toBe(200);
    expect((await sam.get(`/api/letters/${unsent.id}`)).statusCode).toBe(404);
    expect((await sam.post(`/api/letters/${unsent.id}/send-copy`, {})).statusCode).toBe(404);
    expect((await alex.post(`/api/letters/${copy.json().letter.id}/send-copy`, {})).statusCode).toBe(409);
  });

  it.each([
    [{ body: "x", kind: "letter", deliverAt: "tomorrow" }, "deliverAt"],
    [{ body: "x", kind: "letter", deliverAt: "2020-01-01T00:00:00Z" }, "deliverAt"],
    [{ body: "x", kind: "letter", deliverAt: "2099-01-01T00:00:00Z" }, "deliverAt"],
    [{ body: "x", kind: "unsent", deliverAt: "2099-01-01T00:00:00Z" }, "deliverAt"],
    [{ body: "", kind: "letter" }, "body"],
    [{ body: "x".repeat(50_001), kind: "letter" }, "body"],
    [{ body: "x", kind: "postcard" }, "kind"],
  ])("refuses %j with 400 naming %s, and writes nothing", async (payload, field) => {
    const [alex] = await createCouple(t.app);
    const response = await alex.post("/api/letters", payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    expect((await alex.get("/api/letters")).json().letters).toEqual([]);
  });

  it("lets a solo person write unsent letters but not letters", async () => {
    const solo = await new Client(t.app).register();
    expect((await solo.post("/api/letters", { body: "to you", kind: "letter" })).statusCode).toBe(409);
    expect((await solo.post("/api/letters", { body: "to myself", kind: "unsent" })).statusCode).toBe(201);
  });

  it("stops a timed letter reaching a partner who left before its time", async () => {
    const [alex, sam] = await createCouple(t.app);
    const deliverAt = new Date(t.clock.now().getTime() + DAY).toISOString();
    const id = (await alex.post("/api/letters", { body: "LATE", kind: "letter", deliverAt })).json().letter
      .id;
    await sam.post("/api/couple/leave");
    t.clock.advance(DAY);
    await t.app.services.jobs.runDue();
    expect((await sam.get(`/api/letters/${id}`)).statusCode).toBe(404);
    expect(await eventsOf(sam)).toEqual([]);
    expect((await alex.get(`/api/letters/${id}`)).statusCode).toBe(200);
  });
});
