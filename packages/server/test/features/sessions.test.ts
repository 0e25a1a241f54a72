import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../../src/auth/sessions.ts";
import { DAY } from "../../src/clock.ts";
import { Client, createTestApp, PASSWORD, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe.each(DATABASES)("sessions on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  async function signIn(email: string, userAgent: string): Promise<Client> {
    const client = new Client(t.app);
    const response = await t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      headers: { "x-mend-client": "test", "user-agent": userAgent },
      payload: { email, password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    client.cookie = `mend_session=${response.cookies.find((c) => c.name === "mend_session")?.value}`;
    return client;
  }

  it("lists my sessions with device hints, marks the current one, and ends another at once", async () => {
    const me = await new Client(t.app).register();
    const phone = await signIn(
      me.email,
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    );
    const shared = await signIn(
      me.email,
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    );

    const list = await phone.get("/api/sessions");
    expect(list.statusCode).toBe(200);
    const sessions: { id: string; device: string; current: boolean; lastSeenAt: string }[] =
      list.json().sessions;
    expect(sessions).toHaveLength(3);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.find((s) => s.current)?.device).toBe("Chrome on Android");
    const other = sessions.find((s) => s.device === "Firefox on Windows");
    expect(other).toBeDefined();
    expect(JSON.stringify(sessions)).not.toMatch(/token|hash/i);

    expect((await phone.delete(`/api/sessions/${other?.id}`)).statusCode).toBe(204);
    expect((await shared.get("/api/me")).statusCode).toBe(401);
    expect((await phone.get("/api/me")).statusCode).toBe(200);
    expect((await phone.delete(`/api/sessions/${other?.id}`)).statusCode).toBe(404);
  });

  // The web app gives counsellors the same sessions screen, so the routes must serve them as well.
  it("lets a counsellor list their sessions and end another one", async () => {
    const desk = new Client(t.app);
    const email = `counsellor.${Date.now()}@example.test`;
    const registered = await desk.post("/api/auth/register", {
      email,
      password: PASSWORD,
      displayName: "Dr Rivera",
      role: "counsellor",
    });
    expect(registered.json().user.role).toBe("counsellor");
    const laptop = await signIn(
      email,
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    );

    const list = await desk.get("/api/sessions");
    expect(list.statusCode).toBe(200);
    const sessions: { id: string; current: boolean }[] = list.json().sessions;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s) => !s.current);
    expect(other).toBeDefined();

    expect((await desk.delete(`/api/sessions/${other?.id}`)).statusCode).toBe(204);
    expect((await laptop.get("/api/me")).statusCode).toBe(401);
    expect((await desk.get("/api/me")).json().user.role).toBe("counsellor");
    expect((await desk.get("/api/sessions")).json().sessions).toHaveLength(1);
  });

  it("answers 404 for someone else's session and for junk ids", async () => {
    const a = await new Client(t.app).register();
    const b = await new Client(t.app).register();
    const bSession = (await b.get("/api/sessions")).json().sessions[0].id;
    expect((await a.delete(`/api/sessions/${bSession}`)).statusCode).toBe(404);
    expect((await b.get("/api/me")).statusCode).toBe(200);
    expect((await a.delete("/api/sessions/%00junk")).statusCode).toBe(404);
    expect((await a.delete(`/api/sessions/${"x".repeat(500)}`)).statusCode).toBe(414);
  });

  it("ends a session after the idle lifetime", async () => {
    const me = await new Client(t.app).register();
    t.clock.advance(SESSION_IDLE_MS - DAY);
    expect((await me.get("/api/me")).statusCode).toBe(200); // use keeps it alive
    t.clock.advance(SESSION_IDLE_MS - DAY);
    expect((await me.get("/api/me")).statusCode).toBe(200);
    t.clock.advance(SESSION_IDLE_MS + 1);
    expect((await me.get("/api/me")).statusCode).toBe(401);
  });

  it("ends a session at the absolute lifetime however much it is used", async () => {
    const me = await new Client(t.app).register();
    let elapsed = 0;
    while (elapsed + 5 * DAY < SESSION_ABSOLUTE_MS) {
      t.clock.advance(5 * DAY);
      elapsed += 5 * DAY;
      expect((await me.get("/api/me")).statusCode).toBe(200);
    }
    t.clock.advance(SESSION_ABSOLUTE_MS - elapsed);
    expect((await me.get("/api/me")).statusCode).toBe(401);
  });
});
