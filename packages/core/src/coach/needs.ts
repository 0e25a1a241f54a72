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
 * Every match then holds one of those words, as a whole word, at or after its own start. A group
 * of alternatives at the start is read alternative by alternative (see sequenceNeeds).
 */
import { type Node, type Pattern, parsed, sequenceHeads, sequenceLeadingWords } from "./anchors.ts";

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

/** Words one of which every match holds, at most `within` words after its first word. */
export interface Needs {
  words: readonly string[];
  /** How many words after the match's first word the needed word may come; Infinity: any. */
  within: number;
}

/** The needs of every match of `source`, or `null` when the pattern's shape does not prove any. */
export function neededWords(pattern: Pattern): Needs | null {
  return provenWords(pattern).needs;
}

/**
 * The needs (as neededWords) and every list of words the pattern proves a match holds (one per
 * part that qualifies, see sequenceNeeds), those with the fewest common words first: a sentence
 * must hold a word of each list before the rule can match in it, so each list can serve as a
 * trigger (plan.ts). One reading serves both: the patterns are read when the coach loads.
 */
export function provenWords(pattern: Pattern): { needs: Needs | null; lists: string[][] } {
  const alternatives = parsed(pattern);
  if (alternatives === null || alternatives.length !== 1) return { needs: null, lists: [] };
  const all: Found[] = [];
  const needs = sequenceNeeds(alternatives[0] ?? [], 0, all);
  const lists = new Map<string, Found>();
  for (const found of all) lists.set([...found.words].sort().join(" "), found);
  return {
    needs: needs === null ? null : { words: [...needs.words], within: needs.within },
    lists: [...lists.values()]
      .sort((a, b) => commonWords(a) - commonWords(b) || a.words.size - b.words.size)
      .map((found) => [...found.words]),
  };
}

// Alternatives inside alternatives are read this deep at most.
const MAX_DEPTH = 3;

interface Found {
  words: Set<string>;
  within: number;
}

/**
 * Needed words of a sequence that begins where a match begins. Tries its parts from the last one
 * back (the keywords usually come late and are the rarest words); when only the first part
 * qualifies and it is a group, every match goes through one of its alternatives, so the union of
 * what each alternative (followed by the rest) needs is needed too.
 */
function sequenceNeeds(sequence: Node[], depth: number, all?: Found[]): Found | null {
  // The latest part that qualifies, unless it holds a common word and an earlier one does not.
  // With `all`, every part that qualifies is also collected there.
  let fallback: Found | null = null;
  let chosen: Found | null = null;
  for (let at = sequence.length - 1; at >= 1; at--) {
    // Everything before `at` ends with a space (or is empty): the rest starts where a word does,
    // after as many words as the parts before it hold spaces.
    const before = sequence.slice(0, at);
    if (!endsInSpace(before)) continue;
    // Once a part without common words is chosen, the others are only extra triggers: take those
    // whose first words are already uncommon, without the slower reading on (exactLeadingWords).
    const found: Leading | null =
      chosen === null
        ? remembered(EXACT, sequence, at, exactLeadingWords)
        : remembered(UNCOMMON, sequence, at, uncommonHeadWords);
    if (found === null) continue;
    const needs: Found = { words: found.words, within: maxSpaces(before) + found.later };
    all?.push(needs);
    if (commonWords(needs) === 0) {
      chosen ??= needs;
      if (all === undefined) return chosen;
    }
    fallback ??= needs;
  }
  // Every part found holds a common word: the alternatives of a group at the start may do better
  // ("(?<h>i (?:know|can tell|bet) …) …" needs one of know, tell, bet, not only "i").
  // (Only at the top where a part was found: looking deeper costs load time and rarely pays.)
  const deepest = fallback === null ? MAX_DEPTH : 1;
  const union = depth < deepest && chosen === null ? firstGroupNeeds(sequence, depth) : null;
  if (union !== null) all?.push(union);
  if (chosen !== null) return chosen;
  if (union !== null && (fallback === null || commonWords(union) < commonWords(fallback))) return union;
  return fallback ?? firstWords(sequence);
}

/**
 * Readings of the part of a sequence from `at` to its end, by the part's first node and length.
 * firstGroupNeeds reads "alternative + the rest" for each of a group's alternatives (sixty, for a
 * list of subjects), and the parts within the rest are the same nodes each time. A node stands
 * at one place in the parsed pattern, so it and the length name the part.
 */
type Memo = WeakMap<Node, Map<number, Leading | null>>;
const EXACT: Memo = new WeakMap();
const UNCOMMON: Memo = new WeakMap();

function remembered(
  memo: Memo,
  sequence: Node[],
  at: number,
  read: (part: Node[]) => Leading | null,
): Leading | null {
  const first = sequence[at] as Node;
  let byLength = memo.get(first);
  if (byLength === undefined) {
    byLength = new Map();
    memo.set(first, byLength);
  }
  const length = sequence.length - at;
  let found = byLength.get(length);
  if (found === undefined) {
    found = read(sequence.slice(at));
    byLength.set(length, found);
  }
  return found;
}

/** The union of what each alternative of a group at the start (followed by the rest) needs. */
function firstGroupNeeds(sequence: Node[], depth: number): Found | null {
  const first = sequence[0];
  if (first?.type !== "group") return null;
  const union: Found = { words: new Set(), within: 0 };
  for (const alternative of first.alternatives) {
    const needs = sequenceNeeds([...alternative, ...sequence.slice(1)], depth + 1);
    // An alternative with no deeper proof still begins with its own first words.
    const found = needs ?? firstWords([...alternative, ...sequence.slice(1)]);
    if (found === null) return null;
    for (const word of found.words) union.words.add(word);
    union.within = Math.max(union.within, found.within);
  }
  return union;
}

const commonWords = (found: Found): number => [...found.words].filter((word) => COMMON.has(word)).length;

/** The first word of the match itself, at the match's start. */
function firstWords(sequence: Node[]): Found | null {
  const words = exactHeadWords(sequence);
  return words === null ? null : { words, within: 0 };
}

// Words most sentences hold: needing one of them narrows little.
const COMMON = new Set([
  "to",
  "on",
  "in",
  "at",
  "of",
  "for",
  "a",
  "an",
  "the",
  "is",
  "are",
  "am",
  "was",
  "were",
  "be",
  "will",
  "would",
  "i",
  "you",
  "it",
  "that",
  "this",
  "and",
  "or",
  "not",
  "do",
  "did",
  "me",
  "my",
  "we",
  "he",
  "she",
  "they",
  "your",
  "his",
  "her",
  "so",
  "can",
  "just",
  "really",
  "have",
  "has",
  "had",
  "get",
  "no",
  "what",
]);

// How many leading words of a part are read to find one that is not common.
const LEADING_WORDS = 3;

/**
 * Words one of which every match of the sequence holds at its start or a word or two after it
 * (`later`: how far at most): where the first word is a common one ("to" in "to hurt", "will"
 * in "will never"), a later word narrows far more, and the walker spells the first few words of
 * each way a match can begin (anchors.ts).
 */
function exactLeadingWords(sequence: Node[]): Leading | null {
  const words = exactHeadWords(sequence);
  if (words === null || ![...words].some((word) => COMMON.has(word))) return words && { words, later: 0 };
  // Where the part is followed by a space, its own words are whole words: read the part alone
  // first, which is quick, and read on into the rest (slow, and it can fail: a word of any kind,
  // too many states) only where some way through the part holds nothing but common words.
  const next = sequence[1];
  const own =
    next?.type === "text" && next.text.startsWith(" ")
      ? sequenceLeadingWords(sequence.slice(0, 1), LEADING_WORDS)
      : null;
  const uncommon = (list: string[]): boolean => list.some((word) => !COMMON.has(word));
  const lists = own?.every(uncommon) ? own : (sequenceLeadingWords(sequence, LEADING_WORDS) ?? own);
  if (lists === null) return { words, later: 0 };
  const chosen = new Set<string>();
  let later = 0;
  for (const list of lists) {
    // The first word that is not common, else the first word.
    let at = list.findIndex((word) => !COMMON.has(word));
    if (at < 0) at = 0;
    chosen.add(list[at] ?? "");
    later = Math.max(later, at);
  }
  return { words: chosen, later };
}

/** Words one of which begins a part, at most `later` words after its start. */
interface Leading {
  words: Set<string>;
  later: number;
}

/** The words the sequence begins with, when known exactly and none of them is common. */
function uncommonHeadWords(sequence: Node[]): Leading | null {
  const words = exactHeadWords(sequence);
  return words !== null && ![...words].some((word) => COMMON.has(word)) ? { words, later: 0 } : null;
}

/** The words a match of the sequence can begin with, when known exactly (whole words, none skipped). */
function exactHeadWords(sequence: Node[]): Set<string> | null {
  const heads = sequenceHeads(sequence);
  if (heads === null || heads.length === 0) return null;
  if (heads.some((head) => head.skip !== 0 || head.prefix || head.word === "")) return null;
  return new Set(heads.map((head) => head.word));
}

/** The most spaces a match of the nodes can hold (Infinity when unbounded or unknown). */
function maxSpaces(nodes: readonly Node[]): number {
  let total = 0;
  for (const node of nodes) total += nodeMaxSpaces(node);
  return total;
}

function nodeMaxSpaces(node: Node): number {
  switch (node.type) {
    case "text":
      return node.text.split(" ").length - 1;
    case "class":
      return node.space ? Number.POSITIVE_INFINITY : 0;
    case "assert":
      return 0;
    case "group":
      return Math.max(...node.alternatives.map(maxSpaces));
    case "repeat": {
      const inner = nodeMaxSpaces(node.node);
      return inner === 0 ? 0 : inner * node.max;
    }
    default:
      return Number.POSITIVE_INFINITY;
  }
}
