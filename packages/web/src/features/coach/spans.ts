/**
 * Pure helpers for the coached field: keeping flags aligned with text that changed since it was
 * analysed, cutting the text into highlighted and plain runs, and marking rewrite placeholders.
 */
import type { CoachFlag } from "@mend/core";

/** A stable identity for a flag, used to remember which one the person opened. */
export function flagKey(flag: Pick<CoachFlag, "kind" | "start" | "end">): string {
  return `${flag.kind}:${flag.start}:${flag.end}`;
}

/**
 * Flags were found in `analysed`; the field now holds `current` (the person kept typing while
 * the debounced analysis waited). Flags wholly before the edited region stay, flags wholly after
 * it move with the text, and flags touching the edit are dropped until the next analysis.
 */
export function rebaseFlags(analysed: string, current: string, flags: readonly CoachFlag[]): CoachFlag[] {
  if (analysed === current) return [...flags];
  const shortest = Math.min(analysed.length, current.length);
  let prefix = 0;
  while (prefix < shortest && analysed.charCodeAt(prefix) === current.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    analysed.charCodeAt(analysed.length - 1 - suffix) === current.charCodeAt(current.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const editEnd = analysed.length - suffix;
  const delta = current.length - analysed.length;
  const kept: CoachFlag[] = [];
  for (const flag of flags) {
    if (flag.end <= prefix) kept.push(flag);
    else if (flag.start >= editEnd) kept.push({ ...flag, start: flag.start + delta, end: flag.end + delta });
  }
  return kept;
}

export interface Run {
  start: number;
  end: number;
  /** Keys of the flags covering this run (flags of different kinds may overlap). */
  flags: string[];
}

/** Cuts `text` into runs at every flag boundary; runs without flags are plain text. */
export function runsOf(text: string, flags: readonly CoachFlag[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  const inside = flags.filter((flag) => flag.start < flag.end && flag.end <= text.length);
  for (const flag of inside) {
    cuts.add(flag.start);
    cuts.add(flag.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const covering = inside.filter((flag) => flag.start <= start && flag.end >= end).map(flagKey);
    runs.push({ start, end, flags: covering });
  }
  return runs;
}

/** The flagged words, shortened for a list item. */
export function quoteOf(text: string, flag: CoachFlag, max = 48): string {
  const words = text.slice(flag.start, flag.end).replace(/\s+/g, " ").trim();
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

export interface RewritePiece {
  text: string;
  placeholder: boolean;
}

/** Splits a suggested rewrite so its unfilled placeholders (e.g. "[how I feel]") can be marked. */
export function rewritePieces(text: string, placeholders: readonly string[]): RewritePiece[] {
  const wanted = [...new Set(placeholders.filter((p) => p.length > 0))];
  const pieces: RewritePiece[] = [];
  let at = 0;
  while (at < text.length) {
    let next = -1;
    let found = "";
    for (const placeholder of wanted) {
      const index = text.indexOf(placeholder, at);
      if (index !== -1 && (next === -1 || index < next)) {
        next = index;
        found = placeholder;
      }
    }
    if (next === -1) {
      pieces.push({ text: text.slice(at), placeholder: false });
      break;
    }
    if (next > at) pieces.push({ text: text.slice(at, next), placeholder: false });
    pieces.push({ text: found, placeholder: true });
    at = next + found.length;
  }
  return pieces;
}

/** Where the first placeholder sits in `text`, to select it for the person to type over. */
export function firstPlaceholder(text: string, placeholders: readonly string[]): [number, number] | null {
  let best: [number, number] | null = null;
  for (const placeholder of placeholders) {
    const index = text.indexOf(placeholder);
    if (index !== -1 && (best === null || index < best[0])) best = [index, index + placeholder.length];
  }
  return best;
}
