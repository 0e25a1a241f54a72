/**
 * Does a rule's highlight always cover its whole match? analyze.ts highlights the named group `h`
 * (joined with the subject `t`), which needs match indices: a second, several times slower run of
 * the pattern. For most patterns the answer is known from their shape alone, so that run is skipped:
 *
 * - `(?<h>…)` spanning the whole pattern (zero-width assertions may follow), or
 * - `(?<t>…) … (?<h>…)`: `t` opens the match and `h` closes it, both always taking part,
 *   so `t` ∪ `h` is the whole match.
 *
 * Read once per rule, when rules.ts compiles it. Any shape not recognised answers false, which
 * only keeps the slower, always-right path.
 */

/** Index just past the group that opens at `open` (a "("), or -1 when unbalanced. */
function groupEnd(source: string, open: number): number {
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
function onlyZeroWidth(source: string, from: number): boolean {
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
function quantifiedAt(source: string, end: number): boolean {
  const ch = source[end];
  return ch === "?" || ch === "*" || ch === "+" || ch === "{";
}

/** True when `|` occurs outside every group: the pattern is an alternation at its top. */
function hasTopLevelAlternation(source: string): boolean {
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

/** Whether the `h` (and `t`) highlight of every match of `source` (macros expanded) is the whole match. */
export function highlightIsWholeMatch(source: string): boolean {
  if (hasTopLevelAlternation(source)) return false;
  if (source.startsWith("(?<h>")) {
    const end = groupEnd(source, 0);
    return end > 0 && onlyZeroWidth(source, end);
  }
  if (!source.startsWith("(?<t>")) return false;
  const tEnd = groupEnd(source, 0);
  if (tEnd < 0 || quantifiedAt(source, tEnd)) return false;
  // The last consuming part must be a top-level `(?<h>…)`: find the top-level groups in order.
  let lastGroup = -1;
  let lastEnd = -1;
  for (let i = tEnd; i < source.length; ) {
    const ch = source[i];
    if (ch === "\\") {
      i += 2;
      continue;
    }
    if (ch === "[") {
      const close = source.indexOf("]", i + 1);
      if (close < 0) return false;
      i = close + 1;
      continue;
    }
    if (ch === "(") {
      const end = groupEnd(source, i);
      if (end < 0) return false;
      if (source.startsWith("(?<h>", i)) {
        lastGroup = i;
        lastEnd = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  return lastGroup > 0 && !quantifiedAt(source, lastEnd) && onlyZeroWidth(source, lastEnd);
}
