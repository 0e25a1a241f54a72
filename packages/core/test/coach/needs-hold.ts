import { expect } from "vitest";
import type { Sentence } from "../../src/coach/normalize.ts";
import { RULES } from "../../src/coach/rules.ts";

/**
 * Expects every match of every rule with needed words (needs.ts) in `sentence` to hold one of
 * them within reach, as the planner assumes; returns how many matches it checked. A wrong proof
 * would make the planner skip a real match, so the tests put it to many sentences.
 */
export function expectNeedsToHold(sentence: Sentence): number {
  let checked = 0;
  for (const rule of RULES) {
    const needs = rule.needs;
    if (needs === null) continue;
    for (const m of sentence.canon.matchAll(rule.re)) {
      const ahead = sentence.canon
        .slice(m.index)
        .split(" ")
        .slice(0, needs.within + 1);
      expect(
        ahead.some((word) => needs.words.includes(word)),
        `${rule.id}: ${sentence.canon}`,
      ).toBe(true);
      checked++;
    }
  }
  return checked;
}
