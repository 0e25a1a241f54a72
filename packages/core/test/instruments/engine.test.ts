import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BUILT_IN_INSTRUMENTS,
  type InstrumentDefinition,
  keyedAnswer,
  scoreInstrument,
} from "../../src/instruments/index.ts";

const byId = (id: string) => {
  const def = BUILT_IN_INSTRUMENTS.find((d) => d.id === id);
  if (!def) throw new Error(id);
  return def;
};

/** Full answers to an instrument: one integer on its scale per item. */
const answersFor = (def: InstrumentDefinition) =>
  fc
    .tuple(...def.items.map(() => fc.integer({ min: def.scale.min, max: def.scale.max })))
    .map((values) => Object.fromEntries(def.items.map((item, i) => [item.id, values[i]])));

describe("built-in instruments", () => {
  it("meet the issue's item counts and have reverse-keyed items where asked", () => {
    const count = (id: string, sub: string) => byId(id).items.filter((i) => i.subscale === sub).length;
    for (const lens of ["behaviours", "emotions", "thoughts", "gut"])
      expect(count("trust-signals", lens)).toBeGreaterThanOrEqual(6);
    for (const part of ["predictability", "dependability", "faith"]) {
      expect(count("relationship-trust", part)).toBeGreaterThanOrEqual(5);
      expect(byId("relationship-trust").items.some((i) => i.subscale === part && i.reverse)).toBe(true);
    }
    for (const dim of ["anxiety", "avoidance"]) {
      expect(count("attachment", dim)).toBeGreaterThanOrEqual(6);
      expect(byId("attachment").items.some((i) => i.subscale === dim && i.reverse)).toBe(true);
    }
    expect(byId("self-worth").items.length).toBeGreaterThanOrEqual(8);
    expect(byId("self-worth").items.some((i) => i.reverse)).toBe(true);
  });

  it("have bands that cover every possible score of every subscale", () => {
    for (const def of BUILT_IN_INSTRUMENTS) {
      fc.assert(
        fc.property(answersFor(def), (responses) => {
          const outcome = scoreInstrument(def, responses);
          expect(outcome.ok).toBe(true);
          if (outcome.ok)
            for (const s of outcome.result.subscales) expect(s.band, `${def.id}/${s.id}`).not.toBeNull();
        }),
        { numRuns: 200 },
      );
    }
  });

  it("labels attachment as the closest of four patterns", () => {
    const def = byId("attachment");
    const all = (anxiety: number, avoidance: number) =>
      Object.fromEntries(
        def.items.map((item) => {
          const wanted = item.subscale === "anxiety" ? anxiety : avoidance;
          return [item.id, item.reverse ? 8 - wanted : wanted];
        }),
      );
    const label = (a: number, v: number) => {
      const o = scoreInstrument(def, all(a, v));
      return o.ok ? o.result.label : "error";
    };
    expect(label(2, 2)).toBe("secure");
    expect(label(6, 2)).toBe("anxious");
    expect(label(2, 6)).toBe("avoidant");
    expect(label(6, 6)).toBe("fearful");
    expect(label(4, 4)).toBe("secure"); // on the cut point counts as low
  });
});

describe("scoring engine properties", () => {
  it("reverse keying is symmetric", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 10 }),
        fc.integer({ min: 1, max: 10 }),
        fc.integer(),
        (min, span, seed) => {
          const scale = { min, max: min + span };
          const a = min + (Math.abs(seed) % (span + 1));
          expect(keyedAnswer(keyedAnswer(a, true, scale), true, scale)).toBe(a);
          expect(keyedAnswer(a, true, scale) + a).toBe(scale.min + scale.max);
          expect(keyedAnswer(a, false, scale)).toBe(a);
        },
      ),
    );
  });

  it("puts every score within its possible range, and gives the same scores for the same answers", () => {
    for (const def of BUILT_IN_INSTRUMENTS) {
      fc.assert(
        fc.property(answersFor(def), (responses) => {
          const first = scoreInstrument(def, responses);
          const second = scoreInstrument(def, { ...responses });
          expect(second).toEqual(first);
          if (!first.ok) throw new Error("full answers must score");
          for (const s of first.result.subscales) {
            expect(s.score).toBeGreaterThanOrEqual(s.range.min);
            expect(s.score).toBeLessThanOrEqual(s.range.max);
          }
        }),
        { numRuns: 100 },
      );
    }
  });

  it("flipping an item's key equals answering it mirrored", () => {
    const def = byId("relationship-trust");
    fc.assert(
      fc.property(answersFor(def), fc.nat({ max: def.items.length - 1 }), (responses, index) => {
        const item = def.items[index];
        if (!item) return;
        const flipped: InstrumentDefinition = {
          ...def,
          items: def.items.map((it, i) => (i === index ? { ...it, reverse: !it.reverse } : it)),
        };
        const mirrored = {
          ...responses,
          [item.id]: def.scale.min + def.scale.max - (responses[item.id] as number),
        };
        expect(scoreInstrument(flipped, responses)).toEqual(scoreInstrument(def, mirrored));
      }),
    );
  });

  it("names missing, off-scale and unknown answers instead of scoring them", () => {
    const def = byId("self-worth");
    const full = Object.fromEntries(def.items.map((i) => [i.id, 3]));
    const { s2: _dropped, ...missingOne } = full;
    expect(scoreInstrument(def, missingOne)).toEqual({
      ok: false,
      problems: [{ kind: "missing", itemIds: ["s2"] }],
    });
    expect(scoreInstrument(def, { ...full, s1: 5, s3: 2.5, s4: "3" })).toEqual({
      ok: false,
      problems: [{ kind: "invalid", itemIds: ["s1", "s3", "s4"] }],
    });
    expect(scoreInstrument(def, { ...full, zz: 1 })).toEqual({
      ok: false,
      problems: [{ kind: "unknown", itemIds: ["zz"] }],
    });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (junk) => {
        const outcome = scoreInstrument(def, junk);
        if (outcome.ok) expect(Object.keys(junk).sort()).toEqual(def.items.map((i) => i.id).sort());
      }),
    );
  });
});

describe("definition schema", () => {
  it("refuses definitions whose parts do not fit together", () => {
    const base = byId("self-worth");
    const bad = (change: object) => InstrumentDefinitionSafe({ ...base, ...change });
    expect(bad({ scale: { min: 4, max: 1, labels: {} } })).toMatch(/min must be below max/);
    expect(bad({ items: [...base.items, { id: "s1", subscale: "self-worth", reverse: false }] })).toMatch(
      /duplicate item id s1/,
    );
    expect(bad({ items: [{ id: "x", subscale: "nope", reverse: false }] })).toMatch(/unknown subscale nope/);
    expect(bad({ sources: [] })).toMatch(/sources/);
  });
});

import { InstrumentDefinition as Schema } from "../../src/instruments/index.ts";

function InstrumentDefinitionSafe(value: unknown): string {
  const parsed = Schema.safeParse(value);
  return parsed.success
    ? "ok"
    : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n");
}
