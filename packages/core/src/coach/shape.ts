/**
 * Reading the top level of a rule's pattern (macros expanded): its groups, quantifiers and
 * alternation, enough for highlight.ts and needs.ts to tell facts about every match from the
 * pattern's shape. Classes and escapes are stepped over; anything unexpected answers "unknown".
 */

/** Index just past the group that opens at `open` (a "("), or -1 when unbalanced. */
export function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** True when `source` from `from` holds only `$` and lookaheads: nothing that consumes text. */
export function onlyZeroWidth(source: string, from: number): boolean {
  let i = from;
  while (i < source.length) {
    if (source[i] === "$") {
      i++;
      continue;
    }
    if (!source.startsWith("(?=", i) && !source.startsWith("(?!", i)) return false;
    const end = groupEnd(source, i);
    if (end < 0) return false;
    i = end;
  }
  return true;
}

/** True when a quantifier follows the group that ends just before `end`: it may not take part. */
export function quantifiedAt(source: string, end: number): boolean {
  const ch = source[end];
  return ch === "?" || ch === "*" || ch === "+" || ch === "{";
}

/** True when `|` occurs outside every group: the pattern is an alternation at its top. */
export function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) return true;
  }
  return false;
}

/** [start, end) of the top-level group opening with `opener` ("(?<h>"), searched from `from`. */
export function topLevelGroup(source: string, opener: string, from = 0): [number, number] | null {
  for (let i = from; i < source.length; ) {
    const ch = source[i];
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (ch === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0) return null;
      i = close + 1;
      continue;
    }
    if (ch === "(") {
      const end = groupEnd(source, i);
      if (end < 0) return null;
      if (source.startsWith(opener, i)) return [i, end];
      i = end;
      continue;
    }
    i++;
  }
  return null;
}
