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
});
