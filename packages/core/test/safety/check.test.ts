import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en, hasMessage } from "../../src/i18n/index.ts";
import {
  assessSafetyCheck,
  offersSafetyMode,
  SAFETY_ANSWERS,
  SAFETY_ITEM_IDS,
  SAFETY_ITEMS,
  SAFETY_LEVELS,
  type SafetyAnswer,
  type SafetyAnswers,
  SafetyCheckBody,
  type SafetyItemId,
  safetyLevelMessages,
} from "../../src/safety/check.ts";

const allNever = (): SafetyAnswers =>
  Object.fromEntries(SAFETY_ITEM_IDS.map((id) => [id, "never"])) as SafetyAnswers;
const withAnswers = (answers: Partial<Record<SafetyItemId, SafetyAnswer>>): SafetyAnswers => ({
  ...allNever(),
  ...answers,
});

const anyAnswers = fc
  .tuple(...SAFETY_ITEM_IDS.map(() => fc.constantFrom(...SAFETY_ANSWERS)))
  .map((values) => Object.fromEntries(SAFETY_ITEM_IDS.map((id, i) => [id, values[i]])) as SafetyAnswers);

describe("safety check items", () => {
  it("cover the constructs the brief names, each with its question in the catalogue", () => {
    for (const id of [
      "fear",
      "threat-to-hurt",
      "threat-to-kill",
      "threat-to-others",
      "threat-of-self-harm",
      "money",
      "isolation",
      "phone",
      "monitoring",
      "physical",
      "sexual",
      "strangulation",
    ])
      expect(SAFETY_ITEM_IDS).toContain(id);
    for (const item of SAFETY_ITEMS) expect(en[item.text].length).toBeGreaterThan(10);
    for (const answer of SAFETY_ANSWERS) expect(hasMessage(`safety.answer.${answer}`)).toBe(true);
    for (const level of SAFETY_LEVELS) {
      const { title, body } = safetyLevelMessages(level);
      expect(en[title].length).toBeGreaterThan(0);
      expect(en[body].length).toBeGreaterThan(0);
    }
  });
});

describe("assessSafetyCheck", () => {
  it("is none when every answer is never", () => {
    expect(assessSafetyCheck(allNever())).toEqual({ level: "none", reasons: [] });
  });

  it.each(["physical", "sexual", "strangulation", "threat-to-kill"] as const)(
    "is urgent after a single %s",
    (id) => {
      expect(assessSafetyCheck(withAnswers({ [id]: "sometimes" }))).toEqual({
        level: "urgent",
        reasons: [id],
      });
      expect(assessSafetyCheck(withAnswers({ [id]: "often" })).level).toBe("urgent");
    },
  );

  it("is urgent when threats to hurt you or others are often, concerning when sometimes", () => {
    for (const id of ["threat-to-hurt", "threat-to-others"] as const) {
      expect(assessSafetyCheck(withAnswers({ [id]: "often" }))).toEqual({ level: "urgent", reasons: [id] });
      expect(assessSafetyCheck(withAnswers({ [id]: "sometimes" }))).toEqual({
        level: "concerning",
        reasons: [id],
      });
    }
  });

  it("is concerning for any threat of self-harm used as pressure", () => {
    expect(assessSafetyCheck(withAnswers({ "threat-of-self-harm": "sometimes" }))).toEqual({
      level: "concerning",
      reasons: ["threat-of-self-harm"],
    });
  });

  it("is concerning when fear is often, some-concern when sometimes alone", () => {
    expect(assessSafetyCheck(withAnswers({ fear: "often" }))).toEqual({
      level: "concerning",
      reasons: ["fear"],
    });
    expect(assessSafetyCheck(withAnswers({ fear: "sometimes" }))).toEqual({
      level: "some-concern",
      reasons: ["fear"],
    });
  });

  it("is concerning for fear together with any control item", () => {
    expect(assessSafetyCheck(withAnswers({ fear: "sometimes", money: "sometimes" }))).toEqual({
      level: "concerning",
      reasons: ["fear", "money"],
    });
  });

  it("is concerning for two control items, some-concern for one (even often)", () => {
    expect(assessSafetyCheck(withAnswers({ phone: "sometimes", monitoring: "sometimes" }))).toEqual({
      level: "concerning",
      reasons: ["phone", "monitoring"],
    });
    for (const id of ["money", "isolation", "phone", "monitoring"] as const)
      expect(assessSafetyCheck(withAnswers({ [id]: "often" }))).toEqual({
        level: "some-concern",
        reasons: [id],
      });
  });

  it("names only the items behind the level, in question order", () => {
    const result = assessSafetyCheck(
      withAnswers({ strangulation: "sometimes", phone: "often", fear: "often", physical: "sometimes" }),
    );
    expect(result).toEqual({ level: "urgent", reasons: ["physical", "strangulation"] });
  });

  it("offers safety mode for concerning and urgent only", () => {
    expect(SAFETY_LEVELS.filter(offersSafetyMode)).toEqual(["concerning", "urgent"]);
  });

  it("never lowers the level when an answer goes up (property)", () => {
    const order = (a: SafetyAnswer) => SAFETY_ANSWERS.indexOf(a);
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...SAFETY_ITEM_IDS), (answers, id) => {
        const current = answers[id];
        if (current === "often") return;
        const raised = { ...answers, [id]: SAFETY_ANSWERS[order(current) + 1] } as SafetyAnswers;
        const before = SAFETY_LEVELS.indexOf(assessSafetyCheck(answers).level);
        const after = SAFETY_LEVELS.indexOf(assessSafetyCheck(raised).level);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it("gives reasons that were all answered above never, and none only for none (property)", () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const result = assessSafetyCheck(answers);
        for (const id of result.reasons) expect(answers[id]).not.toBe("never");
        expect(result.reasons.length === 0).toBe(result.level === "none");
        expect(assessSafetyCheck(answers)).toEqual(result);
      }),
      { numRuns: 500 },
    );
  });
});

describe("SafetyCheckBody", () => {
  const problems = (body: unknown) => {
    const parsed = SafetyCheckBody.safeParse(body);
    if (parsed.success) return [];
    return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  };

  it("accepts full answers with or without a note", () => {
    expect(SafetyCheckBody.parse({ answers: allNever() })).toEqual({ answers: allNever() });
    expect(SafetyCheckBody.parse({ answers: allNever(), note: "for me" }).note).toBe("for me");
  });

  it("rejects a missing item, naming it", () => {
    const { fear: _fear, ...rest } = allNever();
    expect(problems({ answers: rest })).toEqual(["answers.fear: is required"]);
  });

  it("rejects an unknown item, naming it", () => {
    expect(problems({ answers: { ...allNever(), password: "never" } })).toEqual([
      "answers: has unknown items: password",
    ]);
  });

  it("rejects a bad value with the allowed ones", () => {
    expect(problems({ answers: { ...allNever(), physical: "yes" } })).toEqual([
      "answers.physical: must be one of never, sometimes, often",
    ]);
    expect(problems({ answers: { ...allNever(), physical: 2 } })).toEqual([
      "answers.physical: must be one of never, sometimes, often",
    ]);
  });

  it("rejects answers that are not an object", () => {
    expect(problems({ answers: ["never"] })).toEqual(["answers: must be an object of answers, one per item"]);
    expect(problems({})).toEqual(["answers: must be an object of answers, one per item"]);
  });

  it("rejects a note that is too long or holds NUL", () => {
    expect(problems({ answers: allNever(), note: "a".repeat(2001) })).toEqual([
      "note: must be at most 2000 characters",
    ]);
    expect(SafetyCheckBody.safeParse({ answers: allNever(), note: "a".repeat(2000) }).success).toBe(true);
    expect(problems({ answers: allNever(), note: "a\u0000b" })).toEqual([
      "note: must not contain NUL characters",
    ]);
  });
});
