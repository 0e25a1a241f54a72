import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUR } from "../../src/clock.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe.each(DATABASES)("couples on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("links two people with a single-use code typed loosely", async () => {
    const alex = await new Client(t.app).register("Alex");
    const sam = await new Client(t.app).register("Sam");
    const invite = await alex.post("/api/couple/invite");
    expect(invite.statusCode).toBe(201);
    const { code, expiresAt } = invite.json();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Date(expiresAt).getTime() - t.clock.now().getTime()).toBe(24 * HOUR);

    const typed = ` ${code.toLowerCase().replace("-", " ")} `;
    const joined = await sam.post("/api/couple/join", { code: typed });
    expect(joined.statusCode).toBe(200);
    expect(joined.json().couple.partner).toEqual({ id: alex.userId, displayName: "Alex" });
    const me = (await alex.get("/api/me")).json();
    expect(me.couple.partner).toEqual({ id: sam.userId, displayName: "Sam" });

    const third = await new Client(t.app).register();
    const reuse = await third.post("/api/couple/join", { code });
    expect(reuse.statusCode).toBe(404);
    expect(reuse.json().error).toBe("invite_not_found");
  });

  it("refuses expired, unknown, malformed and own codes, and joining twice", async () => {
    const alex = await new Client(t.app).register();
    const sam = await new Client(t.app).register();
    const { code } = (await alex.post("/api/couple/invite")).json();
    expect((await alex.post("/api/couple/join", { code })).statusCode).toBe(400);
    t.clock.advance(24 * HOUR + 1);
    expect((await sam.post("/api/couple/join", { code })).statusCode).toBe(404);
    expect((await sam.post("/api/couple/join", { code: "ZZZZ-ZZZZ" })).statusCode).toBe(404);
    const malformed = await sam.post("/api/couple/join", { code: "hello" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues).toEqual([{ field: "code", problem: expect.any(String) }]);
    expect((await sam.post("/api/couple/join", {})).statusCode).toBe(400);
    expect((await sam.post("/api/couple/join", { code: 12345678 })).statusCode).toBe(400);

    const [a, b] = await createCouple(t.app);
    const fresh = (await alex.post("/api/couple/invite")).json().code;
    const again = await b.post("/api/couple/join", { code: fresh });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toBe("already_in_couple");
    expect((await a.post("/api/couple/invite")).statusCode).toBe(409);
    // The refused join changed nothing: the code still works for someone solo.
    expect((await sam.post("/api/couple/join", { code: fresh })).statusCode).toBe(200);
  });

  it("lets only one of two people racing for one code win", async () => {
    const host = await new Client(t.app).register();
    const { code } = (await host.post("/api/couple/invite")).json();
    const racers = await Promise.all([new Client(t.app).register(), new Client(t.app).register()]);
    const answers = await Promise.all(racers.map((r) => r.post("/api/couple/join", { code })));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 404]);
  });

  it("leaving ends the link for both; each keeps what they wrote", async () => {
    const [a, b] = await createCouple(t.app);
    await a.post("/api/journal", { body: "shared by a", visibility: "couple" });
    await b.post("/api/journal", { body: "shared by b", visibility: "couple" });
    expect((await a.post("/api/couple/leave")).statusCode).toBe(204);
    expect((await a.get("/api/me")).json().couple).toBeNull();
    expect((await b.get("/api/me")).json().couple).toBeNull();
    const aSees = (await a.get("/api/journal")).json().entries.map((e: { body: string }) => e.body);
    const bSees = (await b.get("/api/journal")).json().entries.map((e: { body: string }) => e.body);
    expect(aSees).toEqual(["shared by a"]);
    expect(bSees).toEqual(["shared by b"]);
    expect((await b.post("/api/couple/leave")).statusCode).toBe(409);
    // Both can link again, with anyone.
    const { code } = (await a.post("/api/couple/invite")).json();
    expect((await b.post("/api/couple/join", { code })).statusCode).toBe(200);
    // A new link does not bring back what was shared in the old one.
    expect((await b.get("/api/journal")).json().entries.map((e: { body: string }) => e.body)).toEqual([
      "shared by b",
    ]);
  });
});
