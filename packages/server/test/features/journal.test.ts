import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

type Entry = { id: string; body: string; mine: boolean; visibility: string; author: { displayName: string } };

describe.each(DATABASES)("journal on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("shows each partner their own entries and the other's shared ones, never the other's private ones", async () => {
    const [alex, sam] = await createCouple(t.app);
    const outsider = await new Client(t.app).register();
    const write = async (who: Client, body: string, visibility: string, prompt?: string) => {
      t.clock.advance(1000);
      return (await who.post("/api/journal", { body, visibility, prompt })).json().entry;
    };
    const alexPrivate = await write(alex, "alex private", "private");
    const alexShared = await write(alex, "alex shared", "couple");
    await write(sam, "sam private", "private");
    await write(sam, "sam shared", "couple", "safe-moment");

    const bodies = async (c: Client) =>
      ((await c.get("/api/journal")).json().entries as Entry[]).map((e) => e.body);
    expect(await bodies(alex)).toEqual(["sam shared", "alex shared", "alex private"]);
    expect(await bodies(sam)).toEqual(["sam shared", "sam private", "alex shared"]);
    expect(await bodies(outsider)).toEqual([]);

    expect((await sam.get(`/api/journal/${alexShared.id}`)).json().entry).toMatchObject({
      body: "alex shared",
      mine: false,
      author: { displayName: "Alex" },
    });
    const hidden = await sam.get(`/api/journal/${alexPrivate.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain("alex private");
    expect((await outsider.get(`/api/journal/${alexShared.id}`)).statusCode).toBe(404);
  });

  it("edits and deletes only one's own entries", async () => {
    const [alex, sam] = await createCouple(t.app);
    const entry = (await alex.post("/api/journal", { body: "first words", visibility: "couple" })).json()
      .entry;
    t.clock.advance(60_000);
    const edited = await alex.patch(`/api/journal/${entry.id}`, { body: "better words" });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().entry.body).toBe("better words");
    expect(edited.json().entry.updatedAt > entry.updatedAt).toBe(true);

    expect((await sam.patch(`/api/journal/${entry.id}`, { body: "hijacked" })).statusCode).toBe(403);
    expect((await sam.delete(`/api/journal/${entry.id}`)).statusCode).toBe(403);
    expect((await alex.get(`/api/journal/${entry.id}`)).json().entry.body).toBe("better words");

    // Making it private hides it from the partner at once.
    expect((await alex.patch(`/api/journal/${entry.id}`, { visibility: "private" })).statusCode).toBe(200);
    expect((await sam.get(`/api/journal/${entry.id}`)).statusCode).toBe(404);
    expect((await sam.patch(`/api/journal/${entry.id}`, { body: "x" })).statusCode).toBe(404);

    expect((await alex.delete(`/api/journal/${entry.id}`)).statusCode).toBe(204);
    expect((await alex.get(`/api/journal/${entry.id}`)).statusCode).toBe(404);
    expect((await alex.delete(`/api/journal/${entry.id}`)).statusCode).toBe(404);
  });

  it("keeps a solo person's entries private until they link", async () => {
    const solo = await new Client(t.app).register();
    const refused = await solo.post("/api/journal", { body: "for us", visibility: "couple" });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([{ field: "visibility", problem: expect.any(String) }]);
    const entry = (await solo.post("/api/journal", { body: "just me", visibility: "private" })).json().entry;
    expect((await solo.patch(`/api/journal/${entry.id}`, { visibility: "couple" })).statusCode).toBe(400);
    expect((await solo.get("/api/journal")).json().entries).toHaveLength(1);
  });

  it("stores markup and any Unicode exactly as typed", async () => {
    const [alex, sam] = await createCouple(t.app);
    const body = `<script>alert("hi")</script> <b>bold</b> — naïve café 💛 ‘quotes’ \u202Eright-to-left 𝔘𝔫𝔦𝔠𝔬𝔡𝔢`;
    const created = await alex.post("/api/journal", { body, visibility: "couple" });
    expect(created.statusCode).toBe(201);
    expect((await sam.get(`/api/journal/${created.json().entry.id}`)).json().entry.body).toBe(body);
  });

  it("pages through entries newest first with a cursor", async () => {
    const me = await new Client(t.app).register();
    for (let i = 0; i < 25; i++) {
      await me.post("/api/journal", { body: `entry ${i}`, visibility: "private" });
      if (i % 2 === 0) t.clock.advance(1000); // some share a timestamp, to test the tie-break
    }
    const first = (await me.get("/api/journal?limit=10")).json();
    expect(first.entries).toHaveLength(10);
    const second = (await me.get(`/api/journal?limit=10&cursor=${first.nextCursor}`)).json();
    const third = (await me.get(`/api/journal?limit=10&cursor=${second.nextCursor}`)).json();
    expect(third.entries).toHaveLength(5);
    expect(third.nextCursor).toBeNull();
    const all = [...first.entries, ...second.entries, ...third.entries].map((e: Entry) => e.body);
    expect(new Set(all).size).toBe(25);
    expect((await me.get("/api/journal")).json().entries).toHaveLength(20);
    expect((await me.get("/api/journal?cursor=garbage")).statusCode).toBe(400);
    expect((await me.get("/api/journal?limit=0")).statusCode).toBe(400);
    expect((await me.get("/api/journal?limit=abc")).statusCode).toBe(400);
  });

  it.each([
    [{ body: "", visibility: "private" }, "body"],
    [{ body: "   \n ", visibility: "private" }, "body"],
    [{ body: "x".repeat(50_001), visibility: "private" }, "body"],
    [{ body: "hello", visibility: "public" }, "visibility"],
    [{ body: "hello" }, "visibility"],
    [{ body: 42, visibility: "private" }, "body"],
    [{ body: "hello", visibility: "private", prompt: "no-such-prompt" }, "prompt"],
    [{ body: "nul \u0000 inside", visibility: "private" }, "body"],
  ])("refuses %# with 400 naming the field and writes nothing", async (payload, field) => {
    const me = await new Client(t.app).register();
    const response = await me.post("/api/journal", payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    expect((await me.get("/api/journal")).json().entries).toEqual([]);
  });

  it("accepts exactly 50,000 characters", async () => {
    const me = await new Client(t.app).register();
    const response = await me.post("/api/journal", { body: "é".repeat(50_000), visibility: "private" });
    expect(response.statusCode).toBe(201);
  });
});
