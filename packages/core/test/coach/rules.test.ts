import { describe, expect, it } from "vitest";
import { TRY_RULE } from "../../src/coach/plan.ts";
import { RULES } from "../../src/coach/rules.ts";

// What rules.ts and plan.ts rely on of the rules, checked here rather than when the coach loads.
describe("the coach's rules", () => {
  it("have at least one trigger list each, none empty", () => {
    for (const rule of RULES) {
      expect(rule.triggers.length, rule.id).toBeGreaterThan(0);
      for (const list of rule.triggers) expect(list.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("are all read by the heads reader, so each is tried only where it can start (anchors.ts)", () => {
    // A rule using syntax the reader leaves alone (escapes, ranges in classes) would get no heads
    // and be scanned in full on every sentence that triggers it.
    expect(RULES.filter((rule) => rule.heads === null).map((rule) => rule.id)).toEqual([]);
  });

  it("never end on a space, which the wrapper would make unmatchable", () => {
    for (const rule of RULES) {
      const pattern = rule.re.source.slice("(?<![^ ])(?:".length, -")(?![^ ])".length);
      expect(/ \)*$/.test(pattern), rule.id).toBe(false);
    }
  });

  it("fit the planner's packed tries (rule × TRY_RULE + word in a 32-bit integer)", () => {
    expect(RULES.length * TRY_RULE).toBeLessThanOrEqual(0x7fffffff);
  });

  it("have unique ids", () => {
    expect(new Set(RULES.map((rule) => rule.id)).size).toBe(RULES.length);
  });
});
