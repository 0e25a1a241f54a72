import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en } from "../../src/i18n/index.ts";
import { CRISIS_KINDS, type CrisisKind, detectCrisis, hasCrisis } from "../../src/safety/crisis.ts";
import { type CrisisExample, DEVELOPMENT, HELD_OUT } from "./crisis-fixture.ts";

/** A positive counts when a match of its kind is found; a negative is wrong when anything is. */
function measure(set: CrisisExample[]) {
  let truePositives = 0;
  let falsePositives = 0;
  let positives = 0;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  for (const { text, kind } of set) {
    const kinds = detectCrisis(text).map((m) => m.kind);
    if (kind === null) {
      if (kinds.length > 0) {
        falsePositives++;
        falseAlarms.push(text);
      }
      continue;
    }
    positives++;
    if (kinds.includes(kind)) truePositives++;
    else misses.push(text);
  }
  return {
    precision: truePositives / (truePositives + falsePositives),
    recall: truePositives / positives,
    misses,
    falseAlarms,
  };
}

const count = (set: CrisisExample[], kind: CrisisKind | null) => set.filter((e) => e.kind === kind).length;

describe("crisis fixture", () => {
  it("has at least 60 positives across kinds and 60 tricky negatives", () => {
    expect(DEVELOPMENT.length - count(DEVELOPMENT, null)).toBeGreaterThanOrEqual(60);
    expect(count(DEVELOPMENT, null)).toBeGreaterThanOrEqual(60);
    for (const kind of CRISIS_KINDS) expect(count(DEVELOPMENT, kind)).toBeGreaterThanOrEqual(10);
  });
});

describe("detectCrisis on the labelled sentences", () => {
  // Measured: development 72/72 found, 0 of 62 negatives flagged; held-out 37/38 found, 0 of 30.
  it("reaches precision ≥ 0.97 and recall ≥ 0.97 on the development set", () => {
    const { precision, recall, misses, falseAlarms } = measure(DEVELOPMENT);
    expect({ misses, falseAlarms }).toEqual({ misses: [], falseAlarms: [] });
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.97);
  });

  it("reaches precision ≥ 0.95 and recall ≥ 0.9 on the held-out set (not tuned on)", () => {
    const { precision, recall } = measure(HELD_OUT);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe("detectCrisis", () => {
  it("returns the phrase's span in the text as typed", () => {
    const text = "Long day. Honestly I just want to die.";
    const [match] = detectCrisis(text);
    expect(match?.kind).toBe("self-harm");
    expect(text.slice(match?.start, match?.end)).toBe("I just want to die");
  });

  it("reads curly apostrophes, capitals and texting spellings alike", () => {
    for (const text of [
      "I don’t want to be here anymore",
      "I DONT WANT TO BE HERE ANYMORE",
      "i dont want to be here any more",
    ])
      expect(detectCrisis(text).map((m) => m.kind)).toEqual(["self-harm"]);
  });

  it("cancels a phrase negated just before it, but not “can't stop”", () => {
    expect(detectCrisis("I would never hurt myself")).toEqual([]);
    expect(detectCrisis("I'm not going to hurt myself")).toEqual([]);
    expect(detectCrisis("I can't stop hurting myself").map((m) => m.kind)).toEqual(["self-harm"]);
    expect(detectCrisis("I don't know why I keep hurting myself").map((m) => m.kind)).toEqual(["self-harm"]);
  });

  it("reads a threat reported in someone else's words as being harmed", () => {
    expect(detectCrisis("He yelled “I'll kill you” at me").map((m) => m.kind)).toEqual(["being-harmed"]);
    expect(detectCrisis("I'll kill you").map((m) => m.kind)).toEqual(["harm-to-others"]);
  });

  it("finds several phrases in text order, each once", () => {
    const text = "He hits me. Sometimes I want to die. He hits me.";
    expect(detectCrisis(text).map((m) => [m.kind, text.slice(m.start, m.end)])).toEqual([
      ["being-harmed", "He hits me"],
      ["self-harm", "I want to die"],
      ["being-harmed", "He hits me"],
    ]);
  });

  it("does not let a phrase run across sentences", () => {
    expect(detectCrisis("I want to. Die Hard is on tonight")).toEqual([]);
  });

  it("answers empty for empty or unrelated text", () => {
    expect(detectCrisis("")).toEqual([]);
    expect(hasCrisis("We had a lovely walk and talked about the garden.")).toBe(false);
  });

  it("reads only the first 100,000 characters and stays fast on long text", () => {
    const filler = "We talked about the week and I felt hopeful. ".repeat(2300);
    const started = Date.now();
    expect(detectCrisis(`${filler.slice(0, 100_000)} I want to die`)).toEqual([]);
    expect(detectCrisis(`I want to die. ${filler}`).length).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("has a gentle note for every kind in the catalogue", () => {
    for (const kind of CRISIS_KINDS) {
      expect(en[`safety.crisis.${kind}.title`].length).toBeGreaterThan(0);
      expect(en[`safety.crisis.${kind}.body`].length).toBeGreaterThan(0);
    }
  });
});

// Fragments that match, mixed into random text, so properties exercise real matches.
const FRAGMENTS = [
  "I want to die",
  "he hits me",
  "I’ll kill him",
  "I would never hurt myself",
  "kms",
  "he threatened to kill me",
  "I'm scared he'll hurt me",
  "dead tired",
  "“quoted”",
  "😀",
  "\n",
];
const textLike = fc
  .array(
    fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(" "));

describe("detectCrisis properties", () => {
  it("never throws, and spans lie within the text in order", () => {
    fc.assert(
      fc.property(fc.oneof(textLike, fc.string({ unit: "binary", maxLength: 2000 })), (text) => {
        const matches = detectCrisis(text);
        let previous = 0;
        for (const match of matches) {
          expect(CRISIS_KINDS).toContain(match.kind);
          expect(match.start).toBeGreaterThanOrEqual(0);
          expect(match.start).toBeLessThan(match.end);
          expect(match.end).toBeLessThanOrEqual(text.length);
          expect(match.start).toBeGreaterThanOrEqual(previous);
          previous = match.start;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on strings up to 100,000 characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 50_000, maxLength: 100_000 }), (text) => {
        for (const match of detectCrisis(text)) expect(match.end).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 5 },
    );
    const repeated = FRAGMENTS.join(" ").repeat(1000).slice(0, 100_000);
    expect(detectCrisis(repeated).length).toBeGreaterThan(100);
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(textLike, (text) => {
        expect(detectCrisis(text)).toEqual(detectCrisis(text));
      }),
      { numRuns: 200 },
    );
  });

  it("finds a phrase wherever it sits between sentences of other text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }),
        fc.string({ unit: "grapheme", maxLength: 200 }),
        (a, b) => {
          const text = `${a}.\nI want to die.\n${b}`;
          expect(
            detectCrisis(text).some(
              (m) => m.kind === "self-harm" && text.slice(m.start, m.end) === "I want to die",
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
