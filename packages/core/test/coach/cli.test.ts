import { describe, expect, it } from "vitest";
import { answerLine } from "../../scripts/coach-jsonl.ts";

describe("coach JSON-lines protocol", () => {
  it("answers a text with its kinds and flags", () => {
    const answer = JSON.parse(answerLine(JSON.stringify({ text: "you never listen" })));
    expect(answer.kinds).toContain("overgeneralizing");
    expect(answer.flags[0]).toMatchObject({ kind: "overgeneralizing", start: 0, end: 9, target: "partner" });
  });

  it("answers bad lines with an error object instead of failing", () => {
    expect(JSON.parse(answerLine("not json"))).toHaveProperty("error");
    expect(JSON.parse(answerLine(JSON.stringify({ nope: 1 })))).toHaveProperty("error");
    expect(JSON.parse(answerLine(JSON.stringify({ text: 42 })))).toHaveProperty("error");
    expect(JSON.parse(answerLine("[]"))).toHaveProperty("error");
  });

  it("answers a clean message with empty lists", () => {
    expect(JSON.parse(answerLine(JSON.stringify({ text: "I love you" })))).toEqual({ kinds: [], flags: [] });
  });
});
