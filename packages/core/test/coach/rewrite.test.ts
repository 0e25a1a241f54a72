import { describe, expect, it } from "vitest";
import { analyzeMessage, suggestRewrite } from "../../src/coach/index.ts";

describe("suggestRewrite", () => {
  it("builds an I-statement from observation, feeling, need and request", () => {
    const result = suggestRewrite("You never listen to me, you're always on your phone and I feel so lonely");
    expect(result.text.startsWith("When ")).toBe(true);
    expect(result.parts.feeling).toMatchObject({ text: "lonely", filled: true });
    expect(result.parts.need.filled).toBe(true);
    expect(result.parts.observation.text).toContain("you did not listen");
    expect(result.text).not.toMatch(/never|always/i);
  });

  it("leaves placeholders for what it cannot tell", () => {
    const result = suggestRewrite("you're an idiot");
    expect(result.parts.observation).toMatchObject({ filled: false, text: "[what happened]" });
    expect(result.placeholders).toContain("[what happened]");
    expect(result.placeholders).toContain("[how I feel]");
    expect(result.text).toContain("[what happened]");
  });

  it("the rewrite of flagged messages raises no blame, labeling, contempt or ultimatum", () => {
    const messages = [
      "it's all your fault, you ruined my birthday",
      "you're a selfish liar and if you lie again I'm leaving",
      "you always make me feel stupid",
      "oh poor you, you never help with the dishes",
      "you made me late again because you never call",
    ];
    for (const message of messages) {
      expect(analyzeMessage(message).flags.length).toBeGreaterThan(0);
      const kinds = analyzeMessage(suggestRewrite(message).text).kinds;
      for (const kind of ["blame", "labeling", "contempt", "ultimatum"] as const)
        expect(kinds).not.toContain(kind);
    }
  });

  it("never throws on odd input", () => {
    for (const text of ["", "🙄", "\u0000\uD800", "you".repeat(1000)]) {
      expect(() => suggestRewrite(text)).not.toThrow();
    }
  });

  it('keeps the writer\'s capitals and reads "i" as "I"', () => {
    const result = suggestRewrite("You never listen to me when I talk about Sam's day");
    expect(result.parts.observation.text).toBe("you did not listen to me when I talk about Sam's day");
  });

  it('takes what happened from after "it\'s your fault"', () => {
    expect(
      suggestRewrite("It's your fault we missed the flight, you're so lazy.").parts.observation,
    ).toMatchObject({
      text: "we missed the flight",
      filled: true,
    });
  });

  it("leaves out jabs at things and never ends the observation mid-phrase", () => {
    expect(suggestRewrite("You spent our savings on that stupid car.").parts.observation.text).toBe(
      "you spent our savings on that car",
    );
    // "if you had…" imagines; "you had not been" would be no observation at all.
    expect(
      suggestRewrite("if you hadn't been so late we wouldn't have lost the table").parts.observation.filled,
    ).toBe(false);
    const observation = suggestRewrite("you are always so late to").parts.observation.text;
    expect(observation).toBe("you are late");
  });

  it("names the feeling the person names, and only reads a judgement as a feeling when said of oneself", () => {
    expect(suggestRewrite("You ignored Sam at dinner and I felt so stupid").parts.feeling.text).toBe("small");
    expect(suggestRewrite("You bought that stupid car again").parts.feeling.filled).toBe(false);
    expect(suggestRewrite("you ignored me all evening").parts.feeling.text).toBe("lonely");
    expect(suggestRewrite("you constructor toString").parts.feeling.filled).toBe(false);
  });

  it("picks the need the message names most, by phrase rather than by loose word", () => {
    expect(suggestRewrite("you never call me back").parts.need.text).toBe("to know I can count on our plans");
    // "call" here is no phone call; the cleaning is what it is about.
    expect(suggestRewrite("you call that cleaning? you never help").parts.need.text).toBe(
      "to share the load at home",
    );
    expect(suggestRewrite("Why do you always have to ruin everything?").parts.need.filled).toBe(false);
  });

  it('turns "you should have…" into what did not happen, and a verdict into nothing', () => {
    expect(suggestRewrite("You should have told me you'd be late.").parts.observation.text).toBe(
      "you had not told me you would be late",
    );
    expect(suggestRewrite("you should have known better").parts.observation.filled).toBe(false);
  });

  it('writes "I" even where the person typed "i", and never ends on a pronoun', () => {
    expect(
      suggestRewrite("mum read my texts, its all her fault i dont tell her anything").parts.observation.text,
    ).toBe("I did not tell her anything");
    expect(suggestRewrite("how stupid do u think i am").parts.observation.filled).toBe(false);
  });
});
