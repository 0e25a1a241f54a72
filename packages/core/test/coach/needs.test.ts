import { describe, expect, it } from "vitest";
import { neededWords } from "../../src/coach/needs.ts";
import { segment } from "../../src/coach/normalize.ts";
import { RULES } from "../../src/coach/rules.ts";

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
    for (const rule of RULES.filter((r) => r.needs !== null)) {
      for (const text of texts) {
        for (const sentence of segment(text)) {
          rule.re.lastIndex = 0;
          for (const m of sentence.canon.matchAll(rule.re)) {
            const ahead = sentence.canon.slice(m.index).split(" ");
            const within = ahead.slice(0, (rule.needs?.within ?? 0) + 1);
            expect(within.some((word) => rule.needs?.words.includes(word))).toBe(true);
          }
        }
      }
    }
  });
});
