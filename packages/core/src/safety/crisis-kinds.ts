/**
 * The light part of crisis detection — its kinds and match shape — kept apart from the detector
 * (crisis.ts) so the main entry can export these types while the browser loads the detector lazily.
 */
export const CRISIS_KINDS = ["self-harm", "harm-to-others", "being-harmed"] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

export interface CrisisMatch {
  kind: CrisisKind;
  /** UTF-16 offsets into the text as typed; `text.slice(start, end)` is the phrase. */
  start: number;
  end: number;
}

/** Longest text read; anything after it is ignored (a letter is far shorter). */
export const MAX_CRISIS_TEXT = 100_000;
