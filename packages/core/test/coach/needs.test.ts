import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neededWords } from "../../src/coach/needs.ts";
import { segment, wordAt } from "../../src/coach/normalize.ts";
import { Planner, TRY_RULE, WHOLE_SENTENCE } from "../../src/coach/plan.ts";
import { RULES } from "../../src/coach/rules.ts";
import { expectNeedsToHold } from "./needs-hold.ts";

describe("neededWords", () => {
  it("reads the keyword after a subject and a gap", () => {
    expect(neededWords("(?<t>you|i) (?:(?:just|really) )?(?<h>always|never)")).toEqual({
      words: ["always", "never"],
      within: 2,
    });
  });

  it("skips parts that do not begin where a word begins", () => {
    // "s?" glues onto the word before it, so the last part that starts a word is "(?:x|y)s?".
    expect(neededWords("you (?:x|y)s?")?.words.toSorted()).toEqual(["x", "xs", "y", "ys"]);
  });

  it("knows nothing of alternations at the top, or where a match starts with words it cannot spell", () => {
    expect(neededWords("you always|never")).toBeNull();
    expect(neededWords("[^ ,]+ you")).toBeNull();
  });

  it("falls back to the first word, and reads alternatives at the start one by one", () => {
    expect(neededWords("you [^ ,]+")).toEqual({ words: ["you"], within: 0 });
    expect(neededWords("(?:oh (?:no|dear)|boo hoo)")?.words.toSorted()).toEqual(["boo", "dear", "no"]);
  });

  it("reads the word after a common first word, one word further on", () => {
    expect(neededWords("(?<t>you|he) (?<h>to hurt|to punish)")).toEqual({
      words: ["hurt", "punish"],
      within: 2,
    });
  });

  it("reads up to the third word when the first two are common", () => {
    expect(neededWords("(?<t>you|he) (?<h>is not going to|will not ever)")).toEqual({
      words: ["going", "ever"],
      within: 3,
    });
  });

  it("lets an alternative with no deeper proof stand for its own first word", () => {
    expect(neededWords("(?:boo hoo|you [^ ,]+)")?.words.toSorted()).toEqual(["boo", "you"]);
  });

  it("prefers an earlier part to a later one of common words", () => {
    expect(neededWords("(?:oh )?poor (?:you|baby)")).toEqual({ words: ["poor"], within: 1 });
  });

  it("holds on every match of every rule that claims it", () => {
    const texts = [
      "you never listen to me and you always do this",
      "he is such a lazy idiot , i will never be good enough",
      "if you leave again i am done , nothing i do is ever right",
      "my boss makes me feel like a failure , you made me do it",
      "i just know it is going to be a disaster and everyone will hate me",
      "you do not even care about me , you are pathetic",
      "this is your last chance or i am leaving , i want a divorce",
      "it is all your fault that my whole life is ruined",
      "i should have known better , i must be perfect",
      "oh poor you , boo hoo , get over yourself",
      "everything i do is wrong and no one will ever love me",
      "my mom never calls and my friends always forget my birthday",
    ];
    for (const text of texts) for (const sentence of segment(text)) expectNeedsToHold(sentence);
  });
});

describe("neededWords, on variations of flagged sentences", () => {
  // Flagged sentences with random words put in, taken out or swapped, from the words the rules
  // name (heads, needed words, triggers) and a few fillers: far more shapes of match than the
  // written texts, and a needs proof that fails on any would make the planner skip a real match.
  const bases = [
    "you never listen to me and you always do this",
    "i just know it is going to be a disaster and everyone will hate me",
    "you are not going to ever change , i will never be good enough",
    "they only invite me out of pity , she must be furious",
    "if you lie again i am done , nothing i do is ever right",
    "it is all your fault that my whole life is ruined",
    "oh poor you , boo hoo , get over yourself , i can not stand you",
    "he did it on purpose to hurt me and you made me feel worthless",
    "i should have known better , i must be perfect , you are supposed to be on my side",
  ];
  const pool = [
    ...new Set(
      RULES.flatMap((rule) => [
        ...(rule.heads ?? []).flatMap((head) => [head.word, head.next?.word ?? ""]),
        ...(rule.needs?.words ?? []),
        ...rule.triggers.flat(),
      ]),
    ),
  ].filter((word) => /^[a-z']+$/.test(word));
  const word = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.constantFrom("and", ",", "really", "so", "the", "not", "me", "you") },
  );
  const edit = fc.record({ at: fc.nat(40), kind: fc.constantFrom("insert", "delete", "replace"), word });
  const variation = fc
    .tuple(fc.constantFrom(...bases), fc.array(edit, { maxLength: 4 }))
    .map(([base, edits]) => {
      const words = base.split(" ");
      for (const { at, kind, word: w } of edits) {
        const i = at % (words.length + 1);
        if (kind === "insert") words.splice(i, 0, w);
        else if (kind === "delete") words.splice(i, 1);
        else words.splice(i, 1, w);
      }
      return words.join(" ");
    });

  it("hold on every match", () => {
    let matches = 0;
    fc.assert(
      fc.property(variation, (text) => {
        for (const sentence of segment(text)) matches += expectNeedsToHold(sentence);
      }),
      { numRuns: 600 },
    );
    // Not a vacuous check: the variations do hit the rules.
    expect(matches).toBeGreaterThan(500);
  });

  it("leave the planner trying every word a match starts at", () => {
    // The whole chain of shortcuts (triggers, heads and their next words, needed words and how
    // near they are) against a full scan of every rule.
    const planner = new Planner(RULES);
    fc.assert(
      fc.property(variation, (text) => {
        for (const sentence of segment(text, planner.tokens)) {
          const tried = new Set(planner.plan(sentence));
          const words = new Set(sentence.words.map((w) => w.w));
          RULES.forEach((rule, r) => {
            // A rule runs only in a sentence holding one of its triggers (by design, not a shortcut).
            if (!rule.triggers.every((list) => list.some((trigger) => words.has(trigger)))) return;
            for (const m of sentence.canon.matchAll(rule.re)) {
              const start = wordAt(sentence, m.index);
              const whole = tried.has(r * TRY_RULE + WHOLE_SENTENCE);
              expect(whole || tried.has(r * TRY_RULE + start), `${rule.id}: ${sentence.canon}`).toBe(true);
            }
          });
        }
      }),
      { numRuns: 600 },
    );
  });
});
