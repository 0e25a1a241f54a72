import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeMessage, COACH_KINDS, suggestRewrite } from "../../src/coach/index.ts";

// Fragments that trigger rules, mixed into random text so properties exercise real matches.
const FRAGMENTS = [
  "you never listen",
  "you’re such an idiot",
  "it's all your fault",
  "I'm a failure",
  "nothing ever works",
  "if you lie again I'm leaving",
  "you should have called",
  "he's going to leave me",
  "what if he dies",
  "oh poor you 🙄",
  "you don't care about me",
  "I always mess up",
  "“quoted you never”",
  "not always",
  "I love you",
];

const messageLike = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(" "));

const BLOCKING = new Set(["blame", "labeling", "contempt", "ultimatum"]);

describe("analyzeMessage properties", () => {
  it("never throws on any string, and spans lie within the text", () => {
    fc.assert(
      fc.property(fc.oneof(messageLike, fc.string({ unit: "binary", maxLength: 2000 })), (text) => {
        const result = analyzeMessage(text);
        for (const flag of result.flags) {
          expect(flag.start).toBeGreaterThanOrEqual(0);
          expect(flag.end).toBeLessThanOrEqual(text.length);
          expect(flag.start).toBeLessThan(flag.end);
          expect(COACH_KINDS).toContain(flag.kind);
          expect(flag.explanation.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("spans start and end on word characters, never inside whitespace", () => {
    fc.assert(
      fc.property(messageLike, (text) => {
        for (const flag of analyzeMessage(text).flags) {
          const span = text.slice(flag.start, flag.end);
          expect(span.trim()).toBe(span);
          expect(span).toMatch(/[\p{L}\p{N}\u{1F644}\u{1F612}\u{1F921}]/u);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("spans of one kind never overlap", () => {
    fc.assert(
      fc.property(messageLike, (text) => {
        const flags = analyzeMessage(text).flags;
        for (const kind of COACH_KINDS) {
          const spans = flags.filter((flag) => flag.kind === kind).sort((a, b) => a.start - b.start);
          for (let i = 1; i < spans.length; i++) {
            expect(spans[i]?.start ?? 0).toBeGreaterThanOrEqual(spans[i - 1]?.end ?? 0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(messageLike, (text) => {
        expect(analyzeMessage(text)).toEqual(analyzeMessage(text));
      }),
      { numRuns: 200 },
    );
  });

  it("kinds are exactly the kinds of the flags, in catalogue order", () => {
    fc.assert(
      fc.property(messageLike, (text) => {
        const result = analyzeMessage(text);
        const expected = COACH_KINDS.filter((kind) => result.flags.some((flag) => flag.kind === kind));
        expect(result.kinds).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("the rewrite of any message raises no blame, labeling, contempt or ultimatum", () => {
    fc.assert(
      fc.property(messageLike, (text) => {
        const rewrite = suggestRewrite(text);
        const raised = analyzeMessage(rewrite.text).flags.filter((flag) => BLOCKING.has(flag.kind));
        expect(raised).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("handles strings up to 100,000 characters in reasonable time", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1, max: 3 }), (fragment, seed) => {
        const unit = `${fragment}${seed === 1 ? ", " : seed === 2 ? " " : ". "}`;
        const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
        const started = Date.now();
        const result = analyzeMessage(text);
        expect(Date.now() - started).toBeLessThan(3_000);
        for (const flag of result.flags) expect(flag.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 6 },
    );
  });

  it("analyses a 50,000-character message without catastrophic backtracking", () => {
    const adversarial = [
      "if you ".repeat(7200),
      "a ".repeat(25_000),
      "what if ".repeat(6300),
      "you never listen and I am always wrong, ".repeat(1250),
      "x".repeat(50_000),
      "not ".repeat(12_500),
    ];
    for (const text of adversarial) {
      const started = Date.now();
      analyzeMessage(text);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
  });
});
