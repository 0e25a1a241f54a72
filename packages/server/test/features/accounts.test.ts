import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { THROTTLE_WINDOW_MS } from "../../src/auth/throttle.ts";
import { Client, createTestApp, PASSWORD, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe.each(DATABASES)("accounts on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("registers, answers /api/me, signs out", async () => {
    const alex = new Client(t.app);
    const response = await alex.post("/api/auth/register", {
      email: "  Alex@Example.TEST ",
      password: PASSWORD,
      displayName: "Alex",
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().user).toMatchObject({
      email: "alex@example.test",
      displayName: "Alex",
      role: "partner",
    });
    expect(response.json().user).not.toHaveProperty("password_hash");
    const cookie = response.cookies.find((c) => c.name === "mend_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url

    const me = await alex.get("/api/me");
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { displayName: "Alex" }, couple: null });

    const oldCookie = alex.cookie;
    expect((await alex.post("/api/auth/logout")).statusCode).toBe(204);
    alex.cookie = oldCookie; // a copy of the cookie kept on the device no longer works
    expect((await alex.get("/api/me")).statusCode).toBe(401);
  });

  it("refuses a taken e-mail with 409 and keeps the first account", async () => {
    const first = await new Client(t.app).register();
    const again = await new Client(t.app).post("/api/auth/register", {
      email: first.email,
      password: "another long password 9",
      displayName: "Impostor",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: "email_taken", issues: [{ field: "email" }] });
    const login = await new Client(t.app).post("/api/auth/login", { email: first.email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
  });

  it.each([
    [{ email: "not-an-email", password: PASSWORD, displayName: "A" }, "email"],
    [{ email: "a@b.test", password: "short", displayName: "A" }, "password"],
    [{ email: "a@b.test", password: "x".repeat(257), displayName: "A" }, "password"],
    [{ email: "a@b.test", password: PASSWORD, displayName: "   " }, "displayName"],
    [{ email: "a@b.test", password: PASSWORD }, "displayName"],
    [{ email: 42, password: PASSWORD, displayName: "A" }, "email"],
    [{ email: "a@b.test", password: "password123", displayName: "A" }, "password"],
    [{ email: "a@b.test", password: "Iloveyou1", displayName: "A" }, "password"],
  ])("answers 400 naming the field for %j", async (body, field) => {
    const response = await new Client(t.app).post("/api/auth/register", body);
    expect(response.statusCode).toBe(400);
    expect(response.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    expect(response.body).not.toContain(PASSWORD);
  });

  it("accepts a 64-character passphrase", async () => {
    const response = await new Client(t.app).post("/api/auth/register", {
      email: "long@example.test",
      password: "a quiet river runs under the old stone bridge at dawn, twice!!!!",
      displayName: "Long",
    });
    expect(response.statusCode).toBe(201);
  });

  it("answers the same 401 for an unknown e-mail and a wrong password, and starts a new session at login", async () => {
    const person = await new Client(t.app).register();
    const unknown = await new Client(t.app).post("/api/auth/login", {
      email: "nobody@example.test",
      password: PASSWORD,
    });
    const wrong = await new Client(t.app).post("/api/auth/login", {
      email: person.email,
      password: "wrong password!",
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());

    const before = person.cookie;
    const login = await person.post("/api/auth/login", { email: person.email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(person.cookie).not.toBe(before);
    const stale = new Client(t.app);
    stale.cookie = before;
    expect((await stale.get("/api/me")).statusCode).toBe(401);
  });

  it("throttles failed logins per account and address with 429, lifting by itself, without locking out the owner elsewhere", async () => {
    const owner = await new Client(t.app, { ip: "10.0.0.1" }).register();
    const attacker = new Client(t.app, { ip: "10.0.0.66" });
    for (let i = 0; i < 5; i++) {
      const r = await attacker.post("/api/auth/login", { email: owner.email, password: `guess number ${i}` });
      expect(r.statusCode).toBe(401);
    }
    const blocked = await attacker.post("/api/auth/login", { email: owner.email, password: PASSWORD });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);
    expect(blocked.json().error).toBe("too_many_attempts");

    // The owner, on their own device, still signs in.
    const fromOwner = await new Client(t.app, { ip: "10.0.0.1" }).post("/api/auth/login", {
      email: owner.email,
      password: PASSWORD,
    });
    expect(fromOwner.statusCode).toBe(200);

    t.clock.advance(THROTTLE_WINDOW_MS + 1000);
    const later = await attacker.post("/api/auth/login", { email: owner.email, password: PASSWORD });
    expect(later.statusCode).toBe(200);
  });

  it("throttles one address trying many accounts", async () => {
    const sprayer = new Client(t.app, { ip: "10.9.9.9" });
    let status = 0;
    for (let i = 0; i < 101 && status !== 429; i++) {
      status = (
        await sprayer.post("/api/auth/login", { email: `spray${i}@example.test`, password: "nope nope" })
      ).statusCode;
    }
    expect(status).toBe(429);
  });
});
