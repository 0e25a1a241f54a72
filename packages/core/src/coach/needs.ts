/**
 * Which words must a match contain? Many rules name a subject, allow a gap, then need a keyword
 * ("you … never"): a sentence offers the subject far more often than the keyword after it. When
 * the pattern's shape proves it, this returns words one of which every match holds at or after
 * its start, and plan.ts tries the rule only at words with one of them at or after them.
 *
 * The proof, on the parsed pattern (macros expanded; anchors.ts parses it):
 * - the pattern is one sequence of parts (no top-level alternation);
 * - every match of the parts before some part P is empty or ends with a space, so P and what
 *   follows it begin where a word begins;
 * - the words that P-and-the-rest can begin with are known exactly (anchors.ts, as for a whole
 *   pattern's heads: no words skipped, no prefixes).
 * Every match then holds one of those words, as a whole word, at or after its own start.
 */
import { type Node, parsePattern, sequenceHeads } from "./anchors.ts";

/** Whether the node matches the empty string (or might: unknown counts as yes). */
function canBeEmpty(node: Node): boolean {
  switch (node.type) {
    case "text":
      return node.text === "";
    case "class":
      return false;
    case "group":
      return node.alternatives.some((alternative) => alternative.every(canBeEmpty));
    case "repeat":
      return node.min === 0 || canBeEmpty(node.node);
    default:
      return true;
  }
}

/** Whether every non-empty match of the node ends with a space. */
function nodeEndsInSpace(node: Node): boolean {
  switch (node.type) {
    case "text":
      return node.text.endsWith(" ");
    case "assert":
      return true;
    case "group":
      return node.alternatives.every(endsInSpace);
    case "repeat":
      return nodeEndsInSpace(node.node);
    default:
      return false;
  }
}

/** Whether every match of the sequence is empty or ends with a space. */
function endsInSpace(sequence: readonly Node[]): boolean {
  for (let k = sequence.length - 1; k >= 0; k--) {
    const node = sequence[k] as Node;
    if (!nodeEndsInSpace(node)) return false;
    if (!canBeEmpty(node)) return true;
  }
  return true;
}

/**
 * Words one of which every match of `source` holds at or after its start, or `null` when the
 * pattern's shape does not prove any. Tries the parts of the pattern from the last one back
 * (the keywords usually come late and are the rarest words).
 */
export function neededWords(source: string): string[] | null {
  const alternatives = parsePattern(source);
  if (alternatives === null || alternatives.length !== 1) return null;
  const sequence = alternatives[0] ?? [];
  for (let at = sequence.length - 1; at >= 1; at--) {
    // Everything before `at` ends with a space (or is empty): the rest starts where a word does.
    if (!endsInSpace(sequence.slice(0, at))) continue;
    const heads = sequenceHeads(sequence.slice(at));
    if (heads === null || heads.length === 0) continue;
    if (heads.some((head) => head.skip !== 0 || head.prefix || head.word === "")) continue;
    return [...new Set(heads.map((head) => head.word))];
  }
  return null;
}
