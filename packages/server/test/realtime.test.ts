import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCouple, createTestApp, type TestApp } from "./support/app.ts";
import { DATABASES } from "./support/database.ts";
import { openSse } from "./support/sse.ts";

describe.each(DATABASES)("live events on %s", (kind) => {
  let t: TestApp;
  let base = "";
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it("streams an event to the partner as it happens, with a type and an id but no content", async () => {
    const [alex, sam] = await createCouple(t.app);
    const stream = await openSse(`${base}/api/events`, sam.cookie ?? "");
    try {
      const created = (await alex.post("/api/appreciations", { body: "STREAM-SECRET thanks" })).json()
        .appreciation;
      await stream.waitFor((e) => e.event === "appreciation.created", 1000);
      const event = stream.events.find((e) => e.event === "appreciation.created");
      expect(JSON.parse(event?.data ?? "{}")).toEqual({
        type: "appreciation.created",
        subjectId: created.id,
      });
      expect(JSON.stringify(stream.events)).not.toContain("STREAM-SECRET");
    } finally {
      stream.close();
    }
  });

  it("resumes from Last-Event-ID with what was missed, and never sends another person's events", async () => {
    const [alex, sam] = await createCouple(t.app);
    await alex.post("/api/appreciations", { body: "one" });
    await alex.post("/api/appreciations", { body: "two" });
    const resumed = await openSse(`${base}/api/events`, sam.cookie ?? "", 0);
    const own = await openSse(`${base}/api/events`, alex.cookie ?? "", 0);
    try {
      await resumed.waitFor(() => resumed.events.length >= 2, 1000);
      expect(resumed.events.map((e) => e.event)).toEqual(["appreciation.created", "appreciation.created"]);
      expect(Number(resumed.events[1]?.id)).toBeGreaterThan(Number(resumed.events[0]?.id));
      await new Promise((r) => setTimeout(r, 200));
      expect(own.events).toEqual([]);
    } finally {
      resumed.close();
      own.close();
    }
  });

  it("refuses a stream without a session", async () => {
    await expect(openSse(`${base}/api/events`, "")).rejects.toThrow("status 401");
  });
});
