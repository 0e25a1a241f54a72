/**
 * Does a rule's highlight always cover its whole match? analyze.ts highlights the named group `h`
 * (joined with the subject `t`), which needs match indices: a second, several times slower run of
 * the pattern. For most patterns the answer is known from their shape alone, so that run is skipped.
 * Leaving out what consumes no text (lookarounds, `$`), the pattern (macros expanded) must be one
 * sequence that either is a single `(?<h>…)`, or opens with `(?<t>…)` and closes with `(?<h>…)`,
 * neither quantified, so both always take part and `t` ∪ `h` is the whole match.
 *
 * Read once per rule, when rules.ts compiles it. Any shape not recognised answers false, which
 * only keeps the slower, always-right path.
 */
import { type Node, type Pattern, parsed } from "./anchors.ts";

const isGroup = (node: Node | undefined, name: string): boolean =>
  node?.type === "group" && node.name === name;

/** Whether the `h` (and `t`) highlight of every match of the pattern (macros expanded) is the whole match. */
export function highlightIsWholeMatch(pattern: Pattern): boolean {
  const alternatives = parsed(pattern);
  if (alternatives?.length !== 1) return false;
  const parts = (alternatives[0] as Node[]).filter((node) => node.type !== "assert");
  return isGroup(parts[parts.length - 1], "h") && (parts.length === 1 || isGroup(parts[0], "t"));
}
