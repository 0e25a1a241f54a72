/**
 * The private safety check (PRODUCT.md §10): what it asks, how an answer body is validated, and
 * how answers become a level. Pure: no I/O, no clock.
 *
 * The items are written in our own words. They cover the constructs that published screening
 * tools ask about, without using their wording:
 * - HITS (Sherin et al., 1998, Family Medicine 30(7)): how often a partner physically hurts,
 *   insults, threatens harm, screams or curses.
 * - WAST (Brown et al., 1996, Canadian Family Physician 42): tension, arguments, fear, and
 *   physical, emotional and sexual abuse, answered on a three-point frequency scale.
 * - Danger Assessment (Campbell, Webster & Glass, 2009, J Interpersonal Violence 24(4)): threats
 *   to kill, threats with a weapon, choking/strangulation, forced sex, control of daily
 *   activities, stalking/monitoring, threats of suicide, threats to harm children.
 * - Coercive control (Stark, 2007, "Coercive Control"): isolation from friends and family,
 *   control of money, monitoring of phone and movements, and fear as its hallmark.
 *
 * Nothing about this check may appear in a shared view; the server stores it as private.
 */
import { z } from "zod";
import { Text } from "../contracts/common.ts";
import type { MessageKey } from "../i18n/index.ts";

/**
 * Three answers: never / sometimes / often. Why three: WAST uses a three-point frequency scale
 * and it is answered quickly on a phone, possibly in a tense moment; on the items that matter
 * most (physical harm, strangulation, forced sex, threats to kill) any answer above "never"
 * leads to the same result, so finer grades would add reading without changing what we offer.
 * The catalogue words "sometimes" as "once or a few times", so a single event is not played down.
 */
export const SAFETY_ANSWERS = ["never", "sometimes", "often"] as const;
export type SafetyAnswer = (typeof SAFETY_ANSWERS)[number];

/** Item ids, in the order they are asked. Stable: stored answers refer to them. */
export const SAFETY_ITEM_IDS = [
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
] as const;
export type SafetyItemId = (typeof SAFETY_ITEM_IDS)[number];

/** What each item is about; the rules below are written in terms of these groups. */
export type SafetyItemGroup = "fear" | "threat" | "control" | "harm";

export interface SafetyItem {
  id: SafetyItemId;
  group: SafetyItemGroup;
  /** The question, in the catalogue. */
  text: MessageKey;
}

const group: Record<SafetyItemId, SafetyItemGroup> = {
  fear: "fear",
  "threat-to-hurt": "threat",
  "threat-to-kill": "threat",
  "threat-to-others": "threat",
  "threat-of-self-harm": "threat",
  money: "control",
  isolation: "control",
  phone: "control",
  monitoring: "control",
  physical: "harm",
  sexual: "harm",
  strangulation: "harm",
};

export const SAFETY_ITEMS: readonly SafetyItem[] = SAFETY_ITEM_IDS.map((id) => ({
  id,
  group: group[id],
  text: `safety.item.${id}` as const,
}));

export const SAFETY_LEVELS = ["none", "some-concern", "concerning", "urgent"] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

export type SafetyAnswers = Record<SafetyItemId, SafetyAnswer>;

export interface SafetyAssessment {
  level: SafetyLevel;
  /**
   * The items behind the level, in question order: the answers that met a rule of that level
   * (for "none", empty). The UI can say "because you told us …" without guessing.
   */
  reasons: SafetyItemId[];
}

/** Longest note a person may add to their check (characters). */
export const MAX_SAFETY_NOTE = 2_000;

const answerSchema = z.enum(SAFETY_ANSWERS, {
  error: (issue) =>
    issue.input === undefined ? "is required" : `must be one of ${SAFETY_ANSWERS.join(", ")}`,
});

const answersShape = Object.fromEntries(SAFETY_ITEM_IDS.map((id) => [id, answerSchema])) as Record<
  SafetyItemId,
  typeof answerSchema
>;

/**
 * The body of POST …/safety-check: one answer for every item (none may be skipped, so a
 * missing answer is never read as "never"), no unknown items, and an optional private note.
 */
export const SafetyCheckBody = z.object({
  answers: z.strictObject(answersShape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `has unknown items: ${issue.keys.join(", ")}`
        : "must be an object of answers, one per item",
  }),
  note: Text.max(MAX_SAFETY_NOTE, `must be at most ${MAX_SAFETY_NOTE} characters`).optional(),
});
export type SafetyCheckBody = z.infer<typeof SafetyCheckBody>;

const atLeastSometimes = (answer: SafetyAnswer): boolean => answer !== "never";

/**
 * Turns answers into a level. The rules, checked from the most serious down; the first level
 * with a rule that fires is the result:
 *
 * urgent — any of these above "never":
 *   physical harm, sexual coercion, strangulation, threat to kill.
 *   Why: each is among the strongest predictors of severe or lethal violence in the Danger
 *   Assessment research; non-fatal strangulation raises the odds of later attempted or completed
 *   homicide about sevenfold (Glass et al., 2008, J Emergency Medicine 35(3)). One event counts.
 *   "often" on threats to hurt you or people/animals you love is urgent too (repeated threats
 *   of harm are a Danger Assessment item and a HITS item).
 * concerning — any of:
 *   fear "often"; fear above "never" together with any control item above "never" (fear plus
 *   control is the mark of coercive control, Stark 2007); two or more control items above
 *   "never"; a threat (to hurt you, others, or of self-harm as pressure) above "never".
 * some-concern — any other answer above "never" (one control item, or fear "sometimes").
 *   Why not more: checking a phone or anger about friends is also how ordinary trust trouble
 *   shows (PRODUCT.md principle 3), so one such sign alone gets a gentle note, not safety mode.
 * none — every answer is "never".
 *
 * Concerning and urgent offer safety mode (see `offersSafetyMode`).
 */
export function assessSafetyCheck(answers: SafetyAnswers): SafetyAssessment {
  const above = SAFETY_ITEM_IDS.filter((id) => atLeastSometimes(answers[id]));
  const inGroup = (g: SafetyItemGroup) => above.filter((id) => group[id] === g);

  const urgent = above.filter(
    (id) =>
      group[id] === "harm" ||
      id === "threat-to-kill" ||
      ((id === "threat-to-hurt" || id === "threat-to-others") && answers[id] === "often"),
  );
  if (urgent.length > 0) return { level: "urgent", reasons: urgent };

  const control = inGroup("control");
  const fear = answers.fear;
  const concerning = new Set<SafetyItemId>(inGroup("threat"));
  if (fear === "often") concerning.add("fear");
  if (atLeastSometimes(fear) && control.length > 0) {
    concerning.add("fear");
    for (const id of control) concerning.add(id);
  }
  if (control.length >= 2) for (const id of control) concerning.add(id);
  if (concerning.size > 0) return { level: "concerning", reasons: inOrder(concerning) };

  if (above.length > 0) return { level: "some-concern", reasons: above };
  return { level: "none", reasons: [] };
}

/** Whether a level offers safety mode (individual use only, couple features paused). */
export function offersSafetyMode(level: SafetyLevel): boolean {
  return level === "concerning" || level === "urgent";
}

/** Catalogue keys that explain a level to the person who took the check. */
export function safetyLevelMessages(level: SafetyLevel): { title: MessageKey; body: MessageKey } {
  return { title: `safety.level.${level}.title`, body: `safety.level.${level}.body` };
}

function inOrder(ids: Set<SafetyItemId>): SafetyItemId[] {
  return SAFETY_ITEM_IDS.filter((id) => ids.has(id));
}
