import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  InstrumentFileError,
  InstrumentRegistry,
} from "../../src/features/assessments/instrument-registry.ts";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";
import { SELF_WORTH_ANSWERS } from "../support/fixture.ts";

/** Answers whose keyed scores are `anxiety` and `avoidance` on every item (ax4, ax7, av3, av5, av7 reversed). */
const REVERSED = new Set(["ax4", "ax7", "av3", "av5", "av7"]);
const keyedAttachment = (anxiety: number, avoidance: number) =>
  Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].flatMap((n) =>
      [`ax${n}`, `av${n}`].map((id) => {
        const wanted = id.startsWith("ax") ? anxiety : avoidance;
        return [id, REVERSED.has(id) ? 8 - wanted : wanted];
      }),
    ),
  );

const attachmentAnswers = (value: number) =>
  Object.fromEntries(
    [1, 2, 3, 4, 5, 6, 7].flatMap((n) => [
      [`ax${n}`, value],
      [`av${n}`, value],
    ]),
  );

describe.each(DATABASES)("assessments on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("lists the four instruments and serves their definitions", async () => {
    const me = await new Client(t.app).register();
    const list = (await me.get("/api/instruments")).json().instruments.map((i: { id: string }) => i.id);
    expect(list).toEqual(["trust-signals", "relationship-trust", "attachment", "self-worth"]);
    const attachment = (await me.get("/api/instruments/attachment")).json().instrument;
    expect(attachment.classification.labels.highXhighY).toBe("fearful");
    expect(attachment.items[3]).toMatchObject({ id: "ax4", reverse: true });
    expect((await me.get("/api/instruments/nope")).statusCode).toBe(404);
    expect((await me.get("/api/instruments/NOT..valid")).statusCode).toBe(404);
  });

  it("scores a result, explains it, and keeps it private until shared", async () => {
    const [alex, sam] = await createCouple(t.app);
    const created = await alex.post("/api/assessments", {
      instrumentId: "attachment",
      responses: attachmentAnswers(6),
    });
    expect(created.statusCode).toBe(201);
    const result = created.json().assessment;
    // Reversed items answered 6 score 2: anxiety (5×6 + 2×2)/7, avoidance (4×6 + 3×2)/7.
    expect(result.scores.anxiety).toBeCloseTo(34 / 7, 9);
    expect(result.scores.avoidance).toBeCloseTo(30 / 7, 9);
    expect(result).toMatchObject({
      instrumentId: "attachment",
      version: 1,
      visibility: "private",
      label: "fearful",
    });
    expect(result.labelExplanation).toMatch(/Closest to fearful/);
    expect(result.subscales[0]).toMatchObject({
      id: "anxiety",
      range: { min: 1, max: 7 },
      band: { label: "Moderate" },
    });

    expect((await sam.get(`/api/assessments/${result.id}`)).statusCode).toBe(404);
    expect((await sam.get("/api/assessments")).json().assessments).toEqual([]);
    expect((await alex.patch(`/api/assessments/${result.id}`, { visibility: "couple" })).statusCode).toBe(
      200,
    );
    expect((await sam.get(`/api/assessments/${result.id}`)).json().assessment).toMatchObject({ mine: false });

    // Side by side: both shared the same instrument.
    await sam.post("/api/assessments", {
      instrumentId: "attachment",
      responses: keyedAttachment(2, 6),
      visibility: "couple",
    });
    const both = (await alex.get("/api/assessments?instrumentId=attachment")).json().assessments;
    expect(both.map((a: { mine: boolean; label: string }) => [a.mine, a.label]).sort()).toEqual([
      [false, "avoidant"],
      [true, "fearful"],
    ]);
    expect((await alex.get("/api/assessments?instrumentId=self-worth")).json().assessments).toEqual([]);
  });

  it("names missing items, off-scale answers and unknown items with 400, and stores nothing", async () => {
    const me = await new Client(t.app).register();
    const { s2: _a, s7: _b, ...partial } = SELF_WORTH_ANSWERS;
    const missing = await me.post("/api/assessments", { instrumentId: "self-worth", responses: partial });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toContain("missing answers: s2, s7");
    expect(missing.json().issues).toEqual([
      { field: "responses.s2", problem: "is missing an answer" },
      { field: "responses.s7", problem: "is missing an answer" },
    ]);
    const offScale = await me.post("/api/assessments", {
      instrumentId: "self-worth",
      responses: { ...SELF_WORTH_ANSWERS, s1: 9, s3: "three", s4: 2.5, s5: null },
    });
    expect(offScale.statusCode).toBe(400);
    expect(
      offScale
        .json()
        .issues.map((i: { field: string }) => i.field)
        .sort(),
    ).toEqual(["responses.s1", "responses.s3", "responses.s4", "responses.s5"]);
    const unknown = await me.post("/api/assessments", {
      instrumentId: "self-worth",
      responses: { ...SELF_WORTH_ANSWERS, zz: 1 },
    });
    expect(unknown.json().issues).toEqual([
      { field: "responses.zz", problem: "is not an item of this instrument" },
    ]);
    expect((await me.post("/api/assessments", { instrumentId: "nope", responses: {} })).statusCode).toBe(404);
    expect(
      (await me.post("/api/assessments", { instrumentId: "self-worth", responses: [] })).statusCode,
    ).toBe(400);
    expect(
      (
        await me.post("/api/assessments", {
          instrumentId: "self-worth",
          responses: SELF_WORTH_ANSWERS,
          visibility: "couple",
        })
      ).statusCode,
    ).toBe(400);
    expect((await me.get("/api/assessments")).json().assessments).toEqual([]);
  });

  it("keeps answers in progress as a draft until the result is submitted", async () => {
    const me = await new Client(t.app).register();
    expect((await me.get("/api/assessment-drafts/self-worth")).json().draft).toBeNull();
    const saved = await me.request("PUT", "/api/assessment-drafts/self-worth", {
      responses: { s1: 2, s2: 4 },
    });
    expect(saved.statusCode).toBe(200);
    await me.request("PUT", "/api/assessment-drafts/self-worth", { responses: { s1: 3, s2: 4, s3: 1 } });
    expect((await me.get("/api/assessment-drafts/self-worth")).json().draft.responses).toEqual({
      s1: 3,
      s2: 4,
      s3: 1,
    });
    const bad = await me.request("PUT", "/api/assessment-drafts/self-worth", { responses: { s1: 7, qq: 1 } });
    expect(bad.statusCode).toBe(400);
    expect((await me.get("/api/assessment-drafts/self-worth")).json().draft.responses).toEqual({
      s1: 3,
      s2: 4,
      s3: 1,
    });
    expect((await me.request("PUT", "/api/assessment-drafts/nope", { responses: {} })).statusCode).toBe(404);
    await me.post("/api/assessments", { instrumentId: "self-worth", responses: SELF_WORTH_ANSWERS });
    expect((await me.get("/api/assessment-drafts/self-worth")).json().draft).toBeNull();
  });
});

describe("operator instruments from MEND_INSTRUMENT_DIR", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "mend-instruments-"));
  const valid = {
    id: "licensed-scale",
    version: 2,
    title: "A licensed scale",
    intro: "Scoring only.",
    scale: { min: 0, max: 3, labels: {} },
    items: [
      { id: "q1", subscale: "total" },
      { id: "q2", subscale: "total", reverse: true },
    ],
    subscales: [
      {
        id: "total",
        name: "Total",
        scoring: "sum",
        bands: [{ min: 0, max: 6, label: "any", meaning: "any" }],
      },
    ],
    sources: ["The licence holder"],
  };

  it("loads valid files next to the built-in ones", () => {
    const d = dir();
    fs.writeFileSync(path.join(d, "licensed.json"), JSON.stringify(valid));
    const registry = InstrumentRegistry.load(d);
    expect(registry.get("licensed-scale")?.version).toBe(2);
    expect(registry.list()).toHaveLength(5);
  });

  it.each([
    ["not json", "{ nope", /broken\.json: not valid JSON/],
    [
      "bad subscale",
      JSON.stringify({ ...valid, items: [{ id: "q1", subscale: "nope" }] }),
      /broken\.json: items\.0\.subscale: unknown subscale nope/,
    ],
    [
      "clash",
      JSON.stringify({ ...valid, id: "attachment" }),
      /broken\.json: an instrument with id "attachment" already exists/,
    ],
  ])("stops start-up naming the file and the problem (%s)", (_name, content, message) => {
    const d = dir();
    fs.writeFileSync(path.join(d, "broken.json"), content);
    expect(() => InstrumentRegistry.load(d)).toThrow(InstrumentFileError);
    expect(() => InstrumentRegistry.load(d)).toThrow(message);
  });
});
