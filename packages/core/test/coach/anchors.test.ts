import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchHeadPairs, matchHeads } from "../../src/coach/anchors.ts";
import { segment } from "../../src/coach/normalize.ts";
import { Planner, TRY_RULE } from "../../src/coach/plan.ts";
import { RULES, type Rule } from "../../src/coach/rules.ts";

// analyze.ts tries each rule only at the words its heads allow. These tests check that this finds
// exactly what scanning the whole sentence finds, so a new or edited pattern cannot lose matches.

const texts = [
  "you never listen to me",
  "You ALWAYS do this. every single time we have plans",
  "my mom always says I'm lazy, and my boss thinks I'm an idiot",
  "if you lie to me again I'm leaving, this is your last chance",
  "it's all your fault that the whole night was ruined",
  "what if he dies on the way home? I just know it will go wrong",
  "I don't think you always forget, but you should have called",
  "oh poor you 🙄 pfffft whatever",
  "nobody at work ever listens to me and nothing ever works",
  "I can't do anything right, I'm such a failure",
  "n't you ever, you're a complete joke",
  "“you never” she said, and then she said he’s a liar",
];
// Every word some rule triggers on or starts with, plus a few fillers: shuffled, they make
// sentences that reach deep into the patterns.
const vocabulary = [
  ...new Set([
    ...RULES.flatMap((rule) => [...rule.triggers, ...(rule.heads ?? []).map((head) => head.word)]),
    ...texts.flatMap((text) => text.split(/\s+/)),
    "to",
    "me",
    "be",
    "a",
    "the",
    "not",
  ]),
].filter((word) => word !== "");

function fullScan(rule: Rule, canon: string): string[] {
  const found: string[] = [];
  const re = new RegExp(rule.re.source, "g");
  for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
    if (m[0] === "") re.lastIndex++;
    else found.push(`${m.index}:${m[0]}`);
  }
  return found;
}

function headScan(rule: Rule, words: readonly string[], offsets: readonly number[], canon: string): string[] {
  const heads = rule.heads;
  if (heads === null) return fullScan(rule, canon);
  const starts = new Set<number>();
  words.forEach((w, j) => {
    for (const head of heads) {
      if (j >= head.skip && (head.prefix ? w.startsWith(head.word) : w === head.word))
        starts.add(j - head.skip);
    }
  });
  const found: string[] = [];
  const re = new RegExp(rule.re.source, "y");
  let from = 0;
  for (const i of [...starts].sort((a, b) => a - b)) {
    const position = offsets[i] ?? 0;
    if (position < from) continue;
    re.lastIndex = position;
    const m = re.exec(canon);
    if (m === null) continue;
    if (m[0] === "") {
      from = position + 1;
      continue;
    }
    from = position + m[0].length;
    found.push(`${position}:${m[0]}`);
  }
  return found;
}

const planner = new Planner(RULES);

/** Matches of each triggered rule, tried only where the planner says (heads and the word after them). */
function plannedScan(sentence: ReturnType<typeof segment>[number]): Map<number, string[]> {
  const starts = new Map<number, Set<number>>();
  for (const code of planner.plan(sentence)) {
    const r = Math.floor(code / TRY_RULE);
    const set = starts.get(r) ?? new Set<number>();
    set.add(code % TRY_RULE);
    starts.set(r, set);
  }
  const found = new Map<number, string[]>();
  for (const [r, set] of starts) {
    const rule = RULES[r] as Rule;
    const re = new RegExp(rule.re.source, "y");
    const out: string[] = [];
    let from = 0;
    for (const i of [...set].sort((a, b) => a - b)) {
      const position = sentence.offsets[i] ?? 0;
      if (position < from) continue;
      re.lastIndex = position;
      const m = re.exec(sentence.canon);
      if (m === null || m[0] === "") continue;
      from = position + m[0].length;
      out.push(`${position}:${m[0]}`);
    }
    found.set(r, out);
  }
  return found;
}

function expectSameMatches(text: string): void {
  for (const sentence of segment(text, planner.tokens)) {
    const words = sentence.words.map((word) => word.w);
    const planned = plannedScan(sentence);
    RULES.forEach((rule, r) => {
      const full = fullScan(rule, sentence.canon);
      expect(
        headScan(rule, words, sentence.offsets, sentence.canon),
        `${rule.id} on ${sentence.canon}`,
      ).toEqual(full);
      // A rule the planner leaves out must be one that misses a word of some trigger list.
      if (rule.triggers.every((list) => list.some((trigger) => words.includes(trigger))))
        expect(planned.get(r) ?? [], `planned ${rule.id} on ${sentence.canon}`).toEqual(full);
    });
  }
}

describe("match heads", () => {
  it("reads the start words of simple patterns", () => {
    expect(matchHeads("(?<t>you|i) (?:always|never)")).toEqual([
      { skip: 0, word: "you", prefix: false },
      { skip: 0, word: "i", prefix: false },
    ]);
    expect(matchHeads("(?:[^ ,]+ )?(?:boss|mom) said")).toEqual(
      expect.arrayContaining([
        { skip: 0, word: "boss", prefix: false },
        { skip: 1, word: "mom", prefix: false },
      ]),
    );
    expect(matchHeads("pfft+")).toContainEqual({ skip: 0, word: "pfft", prefix: false });
  });

  it("reads the word after the head where the pattern spells it", () => {
    expect(matchHeadPairs("(?<t>you|i) (?:always|nev)")).toEqual(
      expect.arrayContaining([
        { skip: 0, word: "you", prefix: false, next: { word: "always", prefix: false } },
        { skip: 0, word: "i", prefix: false, next: { word: "nev", prefix: false } },
      ]),
    );
    expect(matchHeadPairs("you [^ ,]+")).toEqual([{ skip: 0, word: "you", prefix: false }]);
    expect(matchHeadPairs("you ca[^ ,]+")).toEqual([
      { skip: 0, word: "you", prefix: false, next: { word: "ca", prefix: true } },
    ]);
  });

  it("gives up (scan everything) where a match could start at any word", () => {
    expect(matchHeads("[^ ,]+ing")).toBeNull();
    expect(matchHeads("(?:[^ ,]+ )*you")).toBeNull();
    expect(matchHeads(".*you")).toBeNull();
  });

  it("leaves alone syntax no rule uses: escapes and ranges in classes", () => {
    expect(matchHeads("you\\b")).toBeNull();
    expect(matchHeads("\\d+ times")).toBeNull();
    expect(matchHeads("you [a-z]+")).toBeNull();
    expect(matchHeads("you [^ ,]+")).toEqual([{ skip: 0, word: "you", prefix: false }]);
  });

  it("finds every rule's matches exactly as a full scan does", () => {
    for (const text of texts) expectSameMatches(text);
  }, 30_000);

  it("finds the same matches on shuffled rule words", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 30 }),
        fc.constantFrom(" ", ", ", " n't "),
        (words, glue) => expectSameMatches(words.join(glue)),
      ),
      { numRuns: 400 },
    );
    // Every rule, planned and fully scanned, 400 times: ~2 s alone, several times that when the
    // suite's other files share the two cores.
  }, 30_000);
});
