/**
 * The coach's quality floors, on the three labelled sets in data/coach (README.md there says how
 * each was written). The targets for the development set; floors a little under today's
 * scores for the holdout and the thoughts, so a change that costs real quality fails here.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scoreCoach } from "../src/coach/score.ts";
import { readLabelled } from "./coach-labelled.ts";

const data = resolve(dirname(fileURLToPath(import.meta.url)), "../data/coach");
const score = (file: string) => scoreCoach(readLabelled(resolve(data, file)));

describe("coach quality", () => {
  it("meets the targets on the development set: F1 ≥ 0.85 for every kind, ≤ 10 % clean flagged", () => {
    const dev = score("dev-set.jsonl");
    for (const kind of dev.kinds) expect(kind.f1, kind.kind).toBeGreaterThanOrEqual(0.85);
    expect(dev.cleanFlagged / dev.clean).toBeLessThanOrEqual(0.1);
  });

  it("holds on the holdout, which no rule was written from", () => {
    const holdout = score("holdout.jsonl");
    expect(holdout.macroTraps).toBeGreaterThanOrEqual(0.83);
    expect(holdout.cleanFlagged / holdout.clean).toBeLessThanOrEqual(0.1);
  });

  it("holds on thoughts written in other styles (clinical-style thoughts, long patient letters)", () => {
    const thoughts = score("thoughts.jsonl");
    expect(thoughts.macroTraps).toBeGreaterThanOrEqual(0.83);
    expect(thoughts.cleanFlagged / thoughts.clean).toBeLessThanOrEqual(0.1);
  });
});
