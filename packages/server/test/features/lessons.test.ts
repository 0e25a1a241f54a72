import { hasMessage, LESSONS } from "@mend/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

describe("lesson content", () => {
  it("has at least six lessons, each with a title, summary, body and a tool to act on it", () => {
    expect(LESSONS.length).toBeGreaterThanOrEqual(6);
    for (const lesson of LESSONS) {
      for (const part of ["title", "summary", "body", "toolLabel"])
        expect(hasMessage(`lesson.${lesson.id}.${part}`)).toBe(true);
      expect(lesson.toolPath).toMatch(/^\//);
    }
  });
});

describe.each(DATABASES)("lesson progress on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("keeps each person's read state", async () => {
    const me = await new Client(t.app).register();
    const other = await new Client(t.app).register();
    expect(
      (await me.get("/api/lessons")).json().lessons.every((l: { readAt: null }) => l.readAt === null),
    ).toBe(true);
    expect((await me.request("PUT", "/api/lessons/what-they-do/read")).statusCode).toBe(204);
    expect((await me.request("PUT", "/api/lessons/what-they-do/read")).statusCode).toBe(204);
    const read = (await me.get("/api/lessons"))
      .json()
      .lessons.filter((l: { readAt: string | null }) => l.readAt);
    expect(read.map((l: { id: string }) => l.id)).toEqual(["what-they-do"]);
    expect(
      (await other.get("/api/lessons")).json().lessons.filter((l: { readAt: string | null }) => l.readAt),
    ).toEqual([]);
    expect((await me.delete("/api/lessons/what-they-do/read")).statusCode).toBe(204);
    expect((await me.request("PUT", "/api/lessons/no-such-lesson/read")).statusCode).toBe(404);
    expect((await me.request("PUT", "/api/lessons/BAD!/read")).statusCode).toBe(404);
  });
});
