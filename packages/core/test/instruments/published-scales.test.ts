/**
 * The engine scores the published rules of validated scales when given their definitions. These
 * definitions carry item ids and keys only — no item wording, which belongs to the authors.
 * Expected scores were worked out by hand; the working is in the comments.
 */
import { describe, expect, it } from "vitest";
import { InstrumentDefinition, scoreInstrument } from "../../src/instruments/index.ts";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const bandsOf = (min: number, max: number) => [{ min, max, label: "any", meaning: "any" }];

/** ECR-R (Fraley, Waller & Brennan, 2000): 36 items, 1–7; anxiety 1–18, avoidance 19–36. */
const ecrR = InstrumentDefinition.parse({
  id: "ecr-r",
  version: 1,
  title: "ECR-R (scoring only)",
  intro: "-",
  scale: { min: 1, max: 7, labels: {} },
  items: range(1, 36).map((n) => ({
    id: `q${n}`,
    subscale: n <= 18 ? "anxiety" : "avoidance",
    reverse: [9, 11, 20, 22, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36].includes(n),
  })),
  subscales: [
    { id: "anxiety", name: "Anxiety", scoring: "mean", bands: bandsOf(1, 7) },
    { id: "avoidance", name: "Avoidance", scoring: "mean", bands: bandsOf(1, 7) },
  ],
  sources: ["Fraley, Waller & Brennan (2000)"],
});

/** ECR-S (Wei, Russell, Mallinckrodt & Vogel, 2007): 12 items, 1–7. */
const ecrS = InstrumentDefinition.parse({
  id: "ecr-s",
  version: 1,
  title: "ECR-S (scoring only)",
  intro: "-",
  scale: { min: 1, max: 7, labels: {} },
  items: range(1, 12).map((n) => ({
    id: `q${n}`,
    subscale: n % 2 === 0 ? "anxiety" : "avoidance",
    reverse: [1, 5, 8, 9].includes(n),
  })),
  subscales: [
    { id: "anxiety", name: "Anxiety", scoring: "mean", bands: bandsOf(1, 7) },
    { id: "avoidance", name: "Avoidance", scoring: "mean", bands: bandsOf(1, 7) },
  ],
  sources: ["Wei, Russell, Mallinckrodt & Vogel (2007)"],
});

/** Rosenberg self-esteem scale (1965): 10 items, 0–3, sum 0–30, below 15 is low. */
const rosenberg = InstrumentDefinition.parse({
  id: "rses",
  version: 1,
  title: "RSES (scoring only)",
  intro: "-",
  scale: { min: 0, max: 3, labels: {} },
  items: range(1, 10).map((n) => ({
    id: `q${n}`,
    subscale: "self-esteem",
    reverse: [3, 5, 8, 9, 10].includes(n),
  })),
  subscales: [
    {
      id: "self-esteem",
      name: "Self-esteem",
      scoring: "sum",
      bands: [
        { min: 0, max: 14, label: "low", meaning: "below 15" },
        { min: 15, max: 30, label: "within the normal range", meaning: "15 to 30" },
      ],
    },
  ],
  sources: ["Rosenberg (1965)"],
});

const answers = (values: number[]) => Object.fromEntries(values.map((v, i) => [`q${i + 1}`, v]));

describe("published scoring rules", () => {
  it("scores the ECR-R", () => {
    // Item n answered ((n − 1) mod 7) + 1.
    // Anxiety raw 1..18: 1 2 3 4 5 6 7 1 2 3 4 5 6 7 1 2 3 4 (sum 66); reversed 9: 2→6 (+4),
    // 11: 4→4 (+0) → 70 / 18.
    // Avoidance 19..36 raw: 5 6 7 1 2 3 4 5 6 7 1 2 3 4 5 6 7 1; keyed (8 − a where reversed):
    // 5 2 7 7 2 3 4 3 2 1 7 6 5 4 3 2 1 7 → 71 / 18.
    const outcome = scoreInstrument(ecrR, answers(range(1, 36).map((n) => ((n - 1) % 7) + 1)));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.scores.anxiety).toBeCloseTo(70 / 18, 9);
    expect(outcome.result.scores.avoidance).toBeCloseTo(71 / 18, 9);
  });

  it("scores the ECR-R at its extremes", () => {
    // All 7: non-reversed items give 7, reversed give 1.
    // Anxiety: 16 × 7 + 2 × 1 = 114 / 18. Avoidance has 12 reversed items (20, 22, 26–31, 33–36)
    // and 6 others: 6 × 7 + 12 × 1 = 54 / 18 = 3.
    const outcome = scoreInstrument(ecrR, answers(range(1, 36).map(() => 7)));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.scores.anxiety).toBeCloseTo(114 / 18, 9);
    expect(outcome.result.scores.avoidance).toBe(3);
  });

  it("scores the ECR-S", () => {
    // Answers q1..q12: 2 5 3 6 1 7 4 2 6 3 5 4.
    // Anxiety (2,4,6,8,10,12): 5 6 7 (8: 2→6) 3 4 = 31 / 6.
    // Avoidance (1,3,5,7,9,11): (1: 2→6) 3 (5: 1→7) 4 (9: 6→2) 5 = 27 / 6 = 4.5.
    const outcome = scoreInstrument(ecrS, answers([2, 5, 3, 6, 1, 7, 4, 2, 6, 3, 5, 4]));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.scores.anxiety).toBeCloseTo(31 / 6, 9);
    expect(outcome.result.scores.avoidance).toBe(4.5);
  });

  it("scores the Rosenberg scale as a sum with its low band", () => {
    // Answers 3 2 3 1 0 2 3 1 0 2; reversed (3 − a): q3 3→0, q5 0→3, q8 1→2, q9 0→3, q10 2→1.
    // 3 + 2 + 0 + 1 + 3 + 2 + 3 + 2 + 3 + 1 = 20 → not low.
    const typical = scoreInstrument(rosenberg, answers([3, 2, 3, 1, 0, 2, 3, 1, 0, 2]));
    expect(typical.ok && typical.result.scores["self-esteem"]).toBe(20);
    expect(typical.ok && typical.result.subscales[0]?.band?.label).toBe("within the normal range");
    // 1 1 2 1 2 1 1 2 2 2 → keyed 1 1 1 1 1 1 1 1 1 1 = 10 → low.
    const low = scoreInstrument(rosenberg, answers([1, 1, 2, 1, 2, 1, 1, 2, 2, 2]));
    expect(low.ok && low.result.scores["self-esteem"]).toBe(10);
    expect(low.ok && low.result.subscales[0]?.band?.label).toBe("low");
    // 14 is low, 15 is not: 2 1 1 1 ... → keyed 2 1 2 1 2 1 1 2 1 1 = 14.
    const edge = scoreInstrument(rosenberg, answers([2, 1, 1, 1, 1, 1, 1, 1, 2, 2]));
    expect(edge.ok && edge.result.scores["self-esteem"]).toBe(14);
    expect(edge.ok && edge.result.subscales[0]?.band?.label).toBe("low");
    expect(
      rosenberg.subscales[0] && scoreInstrument(rosenberg, answers(range(1, 10).map(() => 0))),
    ).toMatchObject({
      ok: true,
      result: { scores: { "self-esteem": 15 } },
    });
  });
});
