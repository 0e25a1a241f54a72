/**
 * The message coach's vocabulary.
 *
 * Kinds follow the cognitive-distortion families of Beck (Cognitive Therapy of Depression, 1979)
 * and Burns (Feeling Good, 1980: all-or-nothing thinking, overgeneralization, mind reading,
 * fortune telling, magnification/catastrophizing, should statements, labeling, personalization and
 * blame), plus two of Gottman's relationship warning signs (contempt; The Seven Principles for
 * Making Marriage Work, 1999) and ultimatums (threats to end the relationship as leverage).
 */
export const COACH_KINDS = [
  "blame",
  "all-or-nothing",
  "overgeneralizing",
  "mind-reading",
  "labeling",
  "catastrophizing",
  "should",
  "fortune-telling",
  "contempt",
  "ultimatum",
] as const;

export type CoachKind = (typeof COACH_KINDS)[number];

/** Whom the flagged words are about: the partner ("you"), the writer ("I") or someone/something else. */
export type CoachTarget = "partner" | "self" | "other";

export interface CoachFlag {
  kind: CoachKind;
  target: CoachTarget;
  /** UTF-16 offsets into the original text, as `text.slice(start, end)` uses them. */
  start: number;
  end: number;
  /** One kind sentence from the message catalogue. */
  explanation: string;
  explanationKey: string;
  /** A gentler way to put it, where one helps. */
  suggestion?: string;
  suggestionKey?: string;
}

export interface AnalyzeOptions {
  /** Only report these kinds (all by default). */
  kinds?: readonly CoachKind[];
  /** Catalogue locale for explanations; English is the only one so far. */
  locale?: string;
}

export interface AnalyzeResult {
  /** Distinct kinds found, in the order of COACH_KINDS. */
  kinds: CoachKind[];
  /** Sorted by start, then kind. Spans of one kind never overlap. */
  flags: CoachFlag[];
}

/** One part of an "I"-statement (Rosenberg, Nonviolent Communication, 2003: observation, feeling, need, request). */
export interface RewritePart {
  /** The text used in the rewrite: either filled from the message or the placeholder. */
  text: string;
  /** False when the coach could not tell and left a placeholder such as `[what happened]`. */
  filled: boolean;
  placeholder: string;
}

export interface RewriteResult {
  /** The whole suggested message, placeholders included. */
  text: string;
  parts: {
    observation: RewritePart;
    feeling: RewritePart;
    need: RewritePart;
    request: RewritePart;
  };
  /** Placeholders still to complete, in order of appearance. */
  placeholders: string[];
}
