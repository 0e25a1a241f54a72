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

import { groupEnd, hasTopLevelAlternation, onlyZeroWidth, quantifiedAt, topLevelGroup } from "./shape.ts";

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
  // The last consuming part must be a top-level `(?<h>…)`.
  const h = topLevelGroup(source, "(?<h>", tEnd);
  return h !== null && !quantifiedAt(source, h[1]) && onlyZeroWidth(source, h[1]);
}
