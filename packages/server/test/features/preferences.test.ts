import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe.each(DATABASES)("preferences on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("defaults the coach on and remembers turning it off and on", async () => {
    const me = await new Client(t.app).register();
    expect((await me.get("/api/me/preferences")).json()).toEqual({ preferences: { coachEnabled: true } });
    expect(
      (await me.patch("/api/me/preferences", { coachEnabled: false })).json().preferences.coachEnabled,
    ).toBe(false);
    expect((await me.get("/api/me/preferences")).json().preferences.coachEnabled).toBe(false);
    expect(
      (await me.patch("/api/me/preferences", { coachEnabled: true })).json().preferences.coachEnabled,
    ).toBe(true);
    expect((await me.patch("/api/me/preferences", {})).json().preferences.coachEnabled).toBe(true);
    expect((await me.patch("/api/me/preferences", { coachEnabled: "no" })).statusCode).toBe(400);
  });
});
