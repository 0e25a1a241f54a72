/**
 * Scores the coach against labelled messages: precision, recall and F1 per kind, macro averages
 * and the share of clean messages flagged. Shared by `npm run coach:eval` and the evaluation test,
 * so both read the same numbers. Not part of the coach's public entry point (index.ts): the web
 * app never loads it.
 */
import { analyzeMessage } from "./analyze.ts";
import { COACH_KINDS, type CoachKind } from "./types.ts";

export interface LabelledMessage {
  text: string;
  /** Every kind the message shows; empty for a clean message. */
  kinds: readonly CoachKind[];
}

export interface KindScore {
  kind: CoachKind;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface CoachScore {
  kinds: KindScore[];
  macroAll: number;
  /** Over the eight thinking traps: contempt and ultimatum are couple-specific. */
  macroTraps: number;
  clean: number;
  cleanFlagged: number;
  /** Messages where a labelled kind was missed or an unlabelled one raised. */
  errors: { text: string; missed: CoachKind[]; extra: CoachKind[] }[];
}

export const THINKING_TRAPS: readonly CoachKind[] = COACH_KINDS.filter(
  (kind) => kind !== "contempt" && kind !== "ultimatum",
);

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function scoreCoach(rows: readonly LabelledMessage[]): CoachScore {
  const counts = new Map(COACH_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0, support: 0 }]));
  let clean = 0;
  let cleanFlagged = 0;
  const errors: CoachScore["errors"] = [];
  for (const row of rows) {
    const predicted = new Set(analyzeMessage(row.text).kinds);
    const gold = new Set(row.kinds);
    if (gold.size === 0) {
      clean++;
      if (predicted.size > 0) cleanFlagged++;
    }
    for (const [kind, c] of counts) {
      if (gold.has(kind)) c.support++;
      if (gold.has(kind) && predicted.has(kind)) c.tp++;
      else if (predicted.has(kind)) c.fp++;
      else if (gold.has(kind)) c.fn++;
    }
    const missed = row.kinds.filter((kind) => !predicted.has(kind));
    const extra = [...predicted].filter((kind) => !gold.has(kind));
    if (missed.length > 0 || extra.length > 0) errors.push({ text: row.text, missed, extra });
  }
  const kinds = COACH_KINDS.map((kind): KindScore => {
    const c = counts.get(kind) ?? { tp: 0, fp: 0, fn: 0, support: 0 };
    const precision = ratio(c.tp, c.tp + c.fp);
    const recall = ratio(c.tp, c.tp + c.fn);
    return {
      kind,
      support: c.support,
      precision,
      recall,
      f1: ratio(2 * precision * recall, precision + recall),
    };
  });
  const macro = (of: readonly CoachKind[]) =>
    of.reduce((sum, kind) => sum + (kinds.find((k) => k.kind === kind)?.f1 ?? 0), 0) / of.length;
  return {
    kinds,
    macroAll: macro(COACH_KINDS),
    macroTraps: macro(THINKING_TRAPS),
    clean,
    cleanFlagged,
    errors,
  };
}
