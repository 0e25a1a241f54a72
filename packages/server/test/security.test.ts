import { Writable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../src/app.ts";
import { Client, createCouple, createTestApp, PASSWORD, type TestApp, testConfig } from "./support/app.ts";
import { createTestDatabase, DATABASES } from "./support/database.ts";

describe.each(DATABASES)("security defaults on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("refuses a state change without x-mend-client with 403, and changes nothing", async () => {
    const me = await new Client(t.app).register();
    const bare = new Client(t.app, { clientHeader: false });
    bare.cookie = me.cookie;
    const response = await bare.post("/api/journal", { body: "forged", visibility: "private" });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe("missing_client_header");
    expect((await me.get("/api/journal")).json().entries).toEqual([]);
    expect((await bare.get("/api/me")).statusCode).toBe(200); // reads need no header
    const noHeaderLogin = await new Client(t.app, { clientHeader: false }).post("/api/auth/login", {
      email: me.email,
      password: PASSWORD,
    });
    expect(noHeaderLogin.statusCode).toBe(403);
  });

  it("does not answer CORS preflights, so other sites cannot send the header", async () => {
    const response = await t.app.inject({
      method: "OPTIONS",
      url: "/api/journal",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
    });
    expect(response.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("sends security headers with a strict CSP", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    const csp = String(response.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
    expect(response.headers["x-frame-options"]).toBeDefined();
  });

  it("answers malformed, oversized and wrongly typed bodies with a clear 4xx", async () => {
    const me = await new Client(t.app).register();
    const send = (payload: string, contentType = "application/json") =>
      t.app.inject({
        method: "POST",
        url: "/api/journal",
        headers: { "x-mend-client": "t", cookie: me.cookie ?? "", "content-type": contentType },
        payload,
      });
    const malformed = await send('{"body": "unfinished');
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error).toBe("invalid_json");
    expect((await send("[]")).statusCode).toBe(400);
    expect((await send("null")).statusCode).toBe(400);
    expect((await send("body=x", "application/x-www-form-urlencoded")).statusCode).toBe(415);
    const huge = await send(JSON.stringify({ body: "x".repeat(400_000), visibility: "private" }));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toBe("body_too_large");
    expect((await me.get("/api/journal")).json().entries).toEqual([]);
  });

  it("never answers 500 to any JSON a client can send", async () => {
    const [alex] = await createCouple(t.app);
    const routes = ["/api/journal", "/api/couple/join", "/api/auth/login", "/api/auth/register"];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async (url, payload) => {
        const response = await alex.request("POST", url, payload);
        expect(response.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary" }),
        fc.constantFrom("private", "couple"),
        async (body, visibility) => {
          const response = await alex.post("/api/journal", { body, visibility });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (id) => {
        const response = await alex.get(`/api/journal/${encodeURIComponent(id)}`);
        expect([400, 404]).toContain(response.statusCode);
      }),
      { numRuns: 60 },
    );
  });
});

describe("logs", () => {
  it("never contain entry text, passwords or session cookies", async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await createTestDatabase("sqlite");
    const app = await buildApp({
      config: { ...testConfig("sqlite"), logLevel: "trace" },
      database,
      logStream: sink,
    });
    const me = new Client(app);
    await me.register();
    await me.post("/api/journal", { body: "MY-SECRET-WORDS", visibility: "private" });
    await me.post("/api/journal", { body: "nul \u0000 MY-SECRET-WORDS", visibility: "private" });
    await me.post("/api/auth/login", { email: me.email, password: "WRONG-PASSWORD-TEXT" });
    await me.post("/api/coach/analyze", { text: "MY-SECRET-WORDS you never listen" });
    await app.close();
    await database.close();
    const log = lines.join("");
    expect(log.length).toBeGreaterThan(0);
    expect(log).not.toContain("MY-SECRET-WORDS");
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain("WRONG-PASSWORD-TEXT");
    expect(log).not.toMatch(/mend_session=[A-Za-z0-9_-]{20}/);
  });
});
