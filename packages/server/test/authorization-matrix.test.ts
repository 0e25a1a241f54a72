/**
 * The authorization matrix: every route × every kind of caller. A route added to the app without
 * a row here fails the first test. Each cell runs on a fresh cast, so a write by one caller can
 * never hide what another caller may do. Counsellor columns arrive with the counsellor feature.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support/app.ts";
import { DATABASES } from "./support/database.ts";
import { type Cast, castOf } from "./support/fixture.ts";

const ACTORS = ["author", "partner", "otherCouple", "anonymous"] as const;
type Actor = (typeof ACTORS)[number];

interface Cell {
  status: number;
  /** For list routes: the entry bodies this caller must see (and no others with the SECRET mark). */
  sees?: string[];
}

interface Case {
  name: string;
  request: (cast: Cast) => { method: "GET" | "POST" | "PATCH" | "DELETE"; url: string; body?: unknown };
  expect: Record<Actor, number | Cell>;
}

/** Keyed by "METHOD /path" exactly as the OpenAPI document lists it. */
const MATRIX: Record<string, Case[]> = {
  "GET /api/health": [
    { name: "health", request: () => ({ method: "GET", url: "/api/health" }), expect: all(200) },
  ],
  "POST /api/auth/register": [
    {
      name: "register a new account",
      request: () => ({
        method: "POST",
        url: "/api/auth/register",
        body: {
          email: `new.${Math.random()}@example.test`,
          password: "a fresh long passphrase",
          displayName: "N",
        },
      }),
      expect: all(201),
    },
  ],
  "POST /api/auth/login": [
    {
      name: "sign in as Alex",
      request: (c) => ({
        method: "POST",
        url: "/api/auth/login",
        body: { email: c.author.email, password: "correct horse battery staple 42" },
      }),
      expect: all(200),
    },
  ],
  "POST /api/auth/logout": [
    { name: "sign out", request: () => ({ method: "POST", url: "/api/auth/logout" }), expect: signedIn(204) },
  ],
  "GET /api/me": [{ name: "me", request: () => ({ method: "GET", url: "/api/me" }), expect: signedIn(200) }],
  "GET /api/sessions": [
    { name: "my sessions", request: () => ({ method: "GET", url: "/api/sessions" }), expect: signedIn(200) },
  ],
  "DELETE /api/sessions/{id}": [
    {
      name: "end Alex's session",
      request: (c) => ({ method: "DELETE", url: `/api/sessions/${c.authorSessionId}` }),
      expect: { author: 204, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/couple/invite": [
    {
      name: "invite while linked",
      request: () => ({ method: "POST", url: "/api/couple/invite" }),
      expect: signedIn(409),
    },
  ],
  "POST /api/couple/join": [
    {
      name: "join Solo's invite while linked",
      request: (c) => ({ method: "POST", url: "/api/couple/join", body: { code: c.soloInviteCode } }),
      expect: signedIn(409),
    },
  ],
  "POST /api/couple/leave": [
    { name: "leave", request: () => ({ method: "POST", url: "/api/couple/leave" }), expect: signedIn(204) },
  ],
  "POST /api/journal": [
    {
      name: "write a shared entry",
      request: () => ({
        method: "POST",
        url: "/api/journal",
        body: { body: "new words", visibility: "couple" },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/journal": [
    {
      name: "list entries",
      request: () => ({ method: "GET", url: "/api/journal" }),
      expect: {
        author: { status: 200, sees: ["partner-shared", "SECRET-author-private", "author-shared"] },
        partner: { status: 200, sees: ["partner-shared", "SECRET-partner-private", "author-shared"] },
        otherCouple: { status: 200, sees: ["SECRET-other-couple-shared"] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/journal/{id}": [
    {
      name: "read Alex's private entry",
      request: (c) => ({ method: "GET", url: `/api/journal/${c.entries.private}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's shared entry",
      request: (c) => ({ method: "GET", url: `/api/journal/${c.entries.shared}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PATCH /api/journal/{id}": [
    {
      name: "edit Alex's private entry",
      request: (c) => ({
        method: "PATCH",
        url: `/api/journal/${c.entries.private}`,
        body: { body: "changed" },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "edit Alex's shared entry",
      request: (c) => ({
        method: "PATCH",
        url: `/api/journal/${c.entries.shared}`,
        body: { visibility: "private" },
      }),
      expect: { author: 200, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "DELETE /api/journal/{id}": [
    {
      name: "delete Alex's private entry",
      request: (c) => ({ method: "DELETE", url: `/api/journal/${c.entries.private}` }),
      expect: { author: 204, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "delete Alex's shared entry",
      request: (c) => ({ method: "DELETE", url: `/api/journal/${c.entries.shared}` }),
      expect: { author: 204, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
};

function all(status: number): Record<Actor, number> {
  return { author: status, partner: status, otherCouple: status, anonymous: status };
}
function signedIn(status: number): Record<Actor, number> {
  return { author: status, partner: status, otherCouple: status, anonymous: 401 };
}

describe.each(DATABASES)("authorization matrix on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("has a row for every route in the API", () => {
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const routes = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes.filter((route) => !(route in MATRIX));
    expect(missing, "routes without a row in the authorization matrix").toEqual([]);
    const stale = Object.keys(MATRIX).filter((route) => !routes.includes(route));
    expect(stale, "matrix rows for routes that no longer exist").toEqual([]);
  });

  const cells = Object.entries(MATRIX).flatMap(([route, cases]) =>
    cases.flatMap((c) => ACTORS.map((actor) => ({ route, c, actor }))),
  );

  it.each(cells)("$route — $c.name — as $actor", async ({ c, actor }) => {
    const cast = await castOf(t.app, t.database.db, t.clock);
    const { method, url, body } = c.request(cast);
    const response = await cast[actor].request(method, url, body);
    const cell = c.expect[actor];
    const expected: Cell = typeof cell === "number" ? { status: cell } : cell;
    expect(response.statusCode, response.body).toBe(expected.status);
    // Whatever the status, nothing private of anyone else may be in the answer.
    const ownSecret =
      actor === "author" ? "SECRET-author-private" : actor === "partner" ? "SECRET-partner-private" : "";
    const leaked = (response.body.match(/SECRET-[a-z-]+/g) ?? []).filter(
      (s) => s !== ownSecret && !(actor === "otherCouple" && s === "SECRET-other-couple-shared"),
    );
    expect(leaked, "private text of someone else in the answer").toEqual([]);
    if (expected.sees) {
      const bodies = (response.json().entries as { body: string }[]).map((e) => e.body).sort();
      expect(bodies).toEqual([...expected.sees].sort());
    }
  });
});
