import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/index.ts";
import { SAFETY_LEVELS } from "../../src/safety/check.ts";
import {
  type CheckinRating,
  SUPPORT_REASONS,
  type SupportSituation,
  whenToGetHelp,
} from "../../src/safety/when-to-get-help.ts";

const NOW = new Date("2025-06-01T12:00:00Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000);
const base = (more: Partial<SupportSituation> = {}): SupportSituation => ({
  now: NOW,
  ruptures: [],
  checkinRatings: [],
  ...more,
});
const rating = (days: number, safety: number, trust: number): CheckinRating => ({
  at: daysAgo(days),
  safety,
  trust,
});
const reasons = (situation: SupportSituation) =>
  whenToGetHelp(situation).map((s) => `${s.reason}:${s.urgency}`);

describe("whenToGetHelp", () => {
  it("suggests nothing for an empty situation", () => {
    expect(whenToGetHelp(base())).toEqual([]);
  });

  it("after a betrayal: recommended, with an invitation to bring in a counsellor", () => {
    expect(whenToGetHelp(base({ betrayalPathStarted: daysAgo(3) }))).toEqual([
      {
        reason: "after-betrayal",
        urgency: "recommended",
        title: "support.reason.after-betrayal.title",
        body: "support.reason.after-betrayal.body",
        advice: ["support.advice.invite-counsellor"],
      },
    ]);
    expect(whenToGetHelp(base({ betrayalPathStarted: daysAgo(-1) }))).toEqual([]);
  });

  it("repeated ruptures: 3 in 30 days recommended, 4 in 90 days consider, fewer nothing", () => {
    expect(reasons(base({ ruptures: [daysAgo(1), daysAgo(10), daysAgo(29)] }))).toEqual([
      "repeated-ruptures:recommended",
    ]);
    expect(reasons(base({ ruptures: [daysAgo(1), daysAgo(10), daysAgo(31)] }))).toEqual([]);
    expect(reasons(base({ ruptures: [daysAgo(1), daysAgo(40), daysAgo(60), daysAgo(89)] }))).toEqual([
      "repeated-ruptures:consider",
    ]);
    expect(reasons(base({ ruptures: [daysAgo(1), daysAgo(40), daysAgo(60), daysAgo(91)] }))).toEqual([]);
  });

  it("low safety: any rating of 3 or less in the last 30 days, pointing to the private check", () => {
    const [suggestion] = whenToGetHelp(base({ checkinRatings: [rating(2, 3, 9), rating(9, 8, 9)] }));
    expect(suggestion).toMatchObject({
      reason: "low-safety",
      urgency: "recommended",
      advice: ["support.advice.take-safety-check"],
    });
    expect(reasons(base({ checkinRatings: [rating(2, 4, 9)] }))).toEqual([]);
    expect(reasons(base({ checkinRatings: [rating(31, 0, 9)] }))).toEqual([]);
  });

  it("low trust for months: mean ≤ 4 over the last 91 days, 3+ ratings, history of 84+ days", () => {
    const months = [rating(85, 7, 4), rating(60, 7, 3), rating(30, 7, 5), rating(2, 7, 4)];
    expect(reasons(base({ checkinRatings: months }))).toEqual(["low-trust-for-months:recommended"]);
    // Too new to say "for months".
    expect(reasons(base({ checkinRatings: [rating(40, 7, 2), rating(20, 7, 2), rating(1, 7, 2)] }))).toEqual(
      [],
    );
    // Mean above 4.
    expect(reasons(base({ checkinRatings: [rating(85, 7, 4), rating(60, 7, 5), rating(2, 7, 6)] }))).toEqual(
      [],
    );
    // Old history, but fewer than 3 ratings in the window.
    expect(reasons(base({ checkinRatings: [rating(200, 7, 1), rating(50, 7, 1), rating(2, 7, 1)] }))).toEqual(
      [],
    );
  });

  it("a concerning or urgent safety check: now, advising against couples counselling", () => {
    for (const safetyLevel of ["concerning", "urgent"] as const) {
      const result = whenToGetHelp(base({ safetyLevel, betrayalPathStarted: daysAgo(1) }));
      expect(result[0]).toEqual({
        reason: "safety-concern",
        urgency: "now",
        title: "support.reason.safety-concern.title",
        body: "support.reason.safety-concern.body",
        advice: ["support.advice.no-couples-counselling", "support.advice.emergency"],
      });
      // No suggestion invites a counsellor into the couple while the check is concerning.
      expect(result.flatMap((s) => s.advice)).not.toContain("support.advice.invite-counsellor");
    }
    expect(reasons(base({ safetyLevel: "some-concern" }))).toEqual(["safety-concern:consider"]);
    expect(reasons(base({ safetyLevel: "none" }))).toEqual([]);
  });

  it("orders by urgency, then reason", () => {
    const situation = base({
      betrayalPathStarted: daysAgo(100),
      ruptures: [daysAgo(1), daysAgo(40), daysAgo(60), daysAgo(80)],
      checkinRatings: [rating(1, 2, 9)],
      safetyLevel: "urgent",
    });
    expect(reasons(situation)).toEqual([
      "safety-concern:now",
      "low-safety:recommended",
      "after-betrayal:recommended",
      "repeated-ruptures:consider",
    ]);
  });

  it("has its text in the catalogue", () => {
    for (const reason of SUPPORT_REASONS) {
      expect(en[`support.reason.${reason}.title`].length).toBeGreaterThan(0);
      expect(en[`support.reason.${reason}.body`].length).toBeGreaterThan(0);
    }
    expect(en["support.advice.no-couples-counselling"]).toMatch(/couples counselling is not recommended/);
  });
});

// ——— Properties ———

const DAY = 24 * 60 * 60 * 1000;
const dateAround = fc.integer({ min: -10, max: 400 }).map((days) => new Date(NOW.getTime() - days * DAY));
const anyRating = fc.record({
  at: dateAround,
  safety: fc.integer({ min: 0, max: 10 }),
  trust: fc.integer({ min: 0, max: 10 }),
});
const lowRating = fc.record({
  at: dateAround,
  safety: fc.integer({ min: 0, max: 3 }),
  trust: fc.integer({ min: 0, max: 4 }),
});
const situation = fc.record(
  {
    now: fc.constant(NOW),
    betrayalPathStarted: dateAround,
    ruptures: fc.array(dateAround, { maxLength: 8 }),
    checkinRatings: fc.array(anyRating, { maxLength: 30 }),
    safetyLevel: fc.constantFrom(...SAFETY_LEVELS),
  },
  { requiredKeys: ["now", "ruptures", "checkinRatings"] },
);
const key = (s: { reason: string; urgency: string }) => `${s.reason}:${s.urgency}`;

describe("whenToGetHelp properties", () => {
  it("never removes or lowers a suggestion when low ratings are added", () => {
    fc.assert(
      fc.property(situation, fc.array(lowRating, { minLength: 1, maxLength: 10 }), (before, added) => {
        const after = { ...before, checkinRatings: [...before.checkinRatings, ...added] };
        const now = new Set(whenToGetHelp(after).map(key));
        for (const suggestion of whenToGetHelp(before)) expect(now).toContain(key(suggestion));
      }),
      { numRuns: 500 },
    );
  });

  it("never removes a suggestion when ruptures are added", () => {
    fc.assert(
      fc.property(situation, fc.array(dateAround, { minLength: 1, maxLength: 5 }), (before, added) => {
        const after = { ...before, ruptures: [...before.ruptures, ...added] };
        const reasonsAfter = new Set(whenToGetHelp(after).map((s) => s.reason));
        for (const suggestion of whenToGetHelp(before)) expect(reasonsAfter).toContain(suggestion.reason);
      }),
      { numRuns: 500 },
    );
  });

  it("is deterministic, gives each reason at most once, and does not change its input", () => {
    fc.assert(
      fc.property(situation, (s) => {
        const copy = {
          ...s,
          ruptures: [...s.ruptures],
          checkinRatings: s.checkinRatings.map((r) => ({ ...r })),
        };
        const first = whenToGetHelp(s);
        expect(whenToGetHelp(s)).toEqual(first);
        expect(s).toEqual(copy);
        expect(new Set(first.map((x) => x.reason)).size).toBe(first.length);
      }),
      { numRuns: 300 },
    );
  });

  it("suggests nothing without events, ratings or a safety level, whatever the time", () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (now) => {
        expect(whenToGetHelp({ now, ruptures: [], checkinRatings: [] })).toEqual([]);
      }),
    );
  });
});
