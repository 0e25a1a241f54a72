/**
 * Where can a rule's pattern start matching? Scanning every sentence with every pattern was the
 * coach's main cost, so analyze.ts instead tries a pattern only at the words it can begin with.
 * This module reads a pattern once, when rules.ts compiles it, and works out those words.
 *
 * The answer is a list of heads: "after `skip` words of any kind, the next word is `word`" (or,
 * with `prefix`, "starts with `word`"). Every match starts at a word whose position fits one of
 * the heads, so trying only those positions finds exactly the matches a full scan finds. Where the
 * pattern could start anywhere (or uses syntax this reader does not know), the answer is `null`
 * and the rule keeps the full scan. The reader may over-approximate (ignore lookarounds, give up on
 * a long repeat), never under-approximate: a missed head would be a missed match.
 *
 * It relies on how sentences are matched (normalize.ts, rules.ts `compile`): the canonical text is
 * words joined by single spaces (no word contains a space), and each pattern is wrapped so that a
 * match begins at the start of a word and ends at the end of one.
 */

export interface Head {
  /** Words of any kind that may come first. */
  skip: number;
  /** The word after them: exactly this, or (when `prefix`) a word starting with this. */
  word: string;
  prefix: boolean;
  /**
   * The word right after `word`, where the pattern spells it (see matchHeadPairs): exactly this,
   * or (when `prefix`) a word starting with this. Absent: any word, or none.
   */
  next?: { word: string; prefix: boolean };
}

export type Node =
  | { type: "text"; text: string }
  /** One character out of a set; `space`: the set may include " ". */
  | { type: "class"; space: boolean }
  /** Zero-width: ^, $, \b, lookarounds. Ignoring them only widens the answer. */
  | { type: "assert" }
  /** `name`: the group's name, for named groups ("h" in `(?<h>…)`). */
  | { type: "group"; alternatives: Node[][]; name?: string }
  | { type: "repeat"; node: Node; min: number; max: number };

// Thrown (with a short note of what) where the reader stops; parsePattern turns it into `null`.
class Unsupported extends Error {}

// ---------------------------------------------------------------------------------------------
// Parsing: the subset of JavaScript regular-expression syntax the rules use (no `u` flag).

class Parser {
  private i = 0;
  constructor(private readonly source: string) {}

  parse(): Node[][] {
    const alternatives = this.alternatives();
    if (this.i !== this.source.length) throw new Unsupported(")");
    return alternatives;
  }

  private alternatives(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.source[this.i] === "|") {
      this.i++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.i < this.source.length && this.source[this.i] !== "|" && this.source[this.i] !== ")") {
      const node = this.quantified(this.atom());
      // Runs of plain characters become one text node: far fewer steps when walking.
      const previous = out[out.length - 1];
      if (node.type === "text" && previous?.type === "text") previous.text += node.text;
      else out.push(node);
    }
    return out;
  }

  private atom(): Node {
    const ch = this.source[this.i++] ?? "";
    switch (ch) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case "\\":
        // No rule uses escapes (\b, \d, \s…): not read, like ranges in classes.
        throw new Unsupported("\\");
      case ".":
        return { type: "class", space: true };
      case "^":
      case "$":
        return { type: "assert" };
      case "*":
      case "+":
      case "?":
        throw new Unsupported("repeat");
      default:
        return { type: "text", text: ch };
    }
  }

  private group(): Node {
    const s = this.source;
    let assertion = false;
    let name: string | undefined;
    if (s[this.i] === "?") {
      const next = s[this.i + 1];
      if (next === ":") this.i += 2;
      else if (next === "=" || next === "!") {
        assertion = true;
        this.i += 2;
      } else if (next === "<" && (s[this.i + 2] === "=" || s[this.i + 2] === "!")) {
        assertion = true;
        this.i += 3;
      } else if (next === "<") {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Unsupported("name");
        name = s.slice(this.i + 2, close);
        this.i = close + 1;
      } else throw new Unsupported("(?");
    }
    const alternatives = this.alternatives();
    if (s[this.i] !== ")") throw new Unsupported("(");
    this.i++;
    if (assertion) return { type: "assert" };
    return name === undefined ? { type: "group", alternatives } : { type: "group", alternatives, name };
  }

  private charClass(): Node {
    const s = this.source;
    const negated = s[this.i] === "^";
    if (negated) this.i++;
    // The rules' classes list plain characters (`[^ ,]`); escapes and ranges are not read (a rule
    // using them would lose its heads, which rules.test.ts catches).
    const close = s.indexOf("]", this.i);
    const listed = s.slice(this.i, close);
    if (close < 0 || /[\\-]/.test(listed)) throw new Unsupported("[");
    this.i = close + 1;
    const space = listed.includes(" ");
    return { type: "class", space: negated ? !space : space };
  }

  /** Reads `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}` (and a lazy `?`) after an atom. */
  private quantified(node: Node): Node {
    const s = this.source;
    let min: number;
    let max: number;
    const ch = s[this.i];
    if (ch === "*" || ch === "+" || ch === "?") {
      min = ch === "+" ? 1 : 0;
      max = ch === "?" ? 1 : Number.POSITIVE_INFINITY;
      this.i++;
    } else if (ch === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i, this.i + 16));
      if (m === null) return node; // A literal "{".
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Number.POSITIVE_INFINITY : Number(m[3]);
      this.i += m[0].length;
    } else return node;
    if (s[this.i] === "?") this.i++;
    return { type: "repeat", node, min, max };
  }
}

// ---------------------------------------------------------------------------------------------
// Walking the pattern with the set of ways a match can have begun so far.

/**
 * What is known of the start of a match so far: `skip` whole words of any kind, then `text`.
 * `pending`: inside a word of any kind (after `[^ ,]+`), `text` empty. `closed`: nothing more is
 * known after `text`. Once `text` holds as many complete known words as the walker reads (one or
 * two, see Walker.words), the state is closed: what follows does not narrow the start any more.
 */
interface State {
  skip: number;
  text: string;
  pending: boolean;
  closed: boolean;
}

const MAX_STATES = 4000;
// Repeats are unrolled this many times; past it, what follows is left unknown (closed).
const MAX_UNROLL = 16;

const key = (state: State): string =>
  `${state.skip}|${state.pending ? 1 : 0}|${state.closed ? 1 : 0}|${state.text}`;

/**
 * Walks a pattern. Open states flow through the nodes; closed ones are final, so they are set
 * aside in `done` at once instead of being carried through the rest of the pattern.
 */
class Walker {
  readonly done = new Map<string, State>();

  /** How many known words to read before a state is closed: 1 for heads, 2 for head pairs. */
  constructor(private readonly words: number) {}

  private finish(state: State): void {
    const closed = state.closed ? state : { ...state, closed: true };
    const k = key(closed);
    if (!this.done.has(k)) {
      if (this.done.size >= MAX_STATES) throw new Unsupported("states");
      this.done.set(k, closed);
    }
  }

  /** Adds a state to `out` (open) or to `done` (closed). */
  private emit(state: State, out: Map<string, State>): void {
    if (state.closed) this.finish(state);
    else {
      const k = key(state);
      if (!out.has(k)) {
        if (out.size >= MAX_STATES) throw new Unsupported("states");
        out.set(k, state);
      }
    }
  }

  run(node: Node, input: Map<string, State>): Map<string, State> {
    const out = new Map<string, State>();
    switch (node.type) {
      case "assert":
        return input;
      case "text":
        for (const state of input.values()) this.emit(stepText(state, node.text, this.words), out);
        return out;
      case "class":
        for (const state of input.values()) this.emit(stepClass(state, node.space), out);
        return out;
      case "group":
        for (const alternative of node.alternatives) {
          let states = input;
          for (const child of alternative) states = this.run(child, states);
          for (const [k, state] of states) out.set(k, state);
        }
        return out;
      case "repeat":
        return this.repeat(node.node, node.min, node.max, input);
    }
  }

  private repeat(node: Node, min: number, max: number, input: Map<string, State>): Map<string, State> {
    let states = input;
    for (let i = 0; i < Math.min(min, MAX_UNROLL); i++) states = this.run(node, states);
    if (min > MAX_UNROLL) {
      for (const state of states.values()) this.finish(state);
      return new Map();
    }
    const out = new Map(states);
    let frontier = states;
    for (let i = 0; i < Math.min(max - min, MAX_UNROLL) && frontier.size > 0; i++) {
      const next = this.run(node, frontier);
      frontier = new Map();
      for (const [k, state] of next) if (!out.has(k)) frontier.set(k, state);
      for (const [k, state] of frontier) out.set(k, state);
    }
    // More repeats may follow than were unrolled: what comes after them is unknown.
    if (max - min > MAX_UNROLL) for (const state of frontier.values()) this.finish(state);
    return out;
  }
}

function stepText(state: State, text: string, words: number): State {
  let { skip, pending } = state;
  let known = state.text;
  // Complete known words so far (each ends with a space).
  let complete = 0;
  for (let i = known.indexOf(" "); i >= 0; i = known.indexOf(" ", i + 1)) complete++;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (pending) {
      // A word of any kind goes on until the next space.
      if (ch === " ") {
        skip++;
        pending = false;
      }
      continue;
    }
    known += ch;
    // A space ends a known word: keep it (with the space, meaning "whole word"); after the last
    // word the walker reads, stop.
    if (ch === " " && ++complete === words) return { skip, text: known, pending: false, closed: true };
  }
  return { skip, text: known, pending, closed: false };
}

function stepClass(state: State, space: boolean): State {
  if (space) return { ...state, closed: true };
  if (state.pending) return state;
  // A character of a word we cannot spell: the word is of any kind, or starts with `text`.
  return state.text === "" ? { ...state, pending: true } : { ...state, closed: true };
}

/** The alternatives of a pattern, parsed; `null` for syntax this reader does not know. */
export function parsePattern(source: string): Node[][] | null {
  try {
    return new Parser(source).parse();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** A pattern's source, or the same already parsed (rules.ts parses each rule's once for all readers). */
export type Pattern = string | Node[][] | null;

export const parsed = (pattern: Pattern): Node[][] | null =>
  typeof pattern === "string" ? parsePattern(pattern) : pattern;

/**
 * The heads of a pattern (the source inside rules.ts's word-boundary wrapper), or `null` when a
 * match could start at any word and the pattern must be scanned in full.
 */
export function matchHeads(pattern: Pattern): Head[] | null {
  return readHeads(pattern, 1);
}

/**
 * Like matchHeads, and where a pattern spells the word after the head, that word too (`next`):
 * "you" followed by "always" is much rarer than "you" alone, so far fewer tries. Falls back to
 * matchHeads when reading two words would take too many states.
 */
export function matchHeadPairs(pattern: Pattern): Head[] | null {
  return readHeads(pattern, 2) ?? matchHeads(pattern);
}

function readHeads(pattern: Pattern, words: number): Head[] | null {
  const alternatives = parsed(pattern);
  return alternatives === null ? null : readTreeHeads({ type: "group", alternatives }, words);
}

/**
 * The heads of a part of a parsed pattern that starts where a word starts and runs to the end of
 * the match (needs.ts), read as matchHeads reads a whole pattern.
 */
export function sequenceHeads(sequence: Node[]): Head[] | null {
  return readTreeHeads({ type: "group", alternatives: [sequence] }, 1);
}

/**
 * The first words (up to `count`) every match of a part of a pattern begins with, one list per
 * way of beginning, each word whole and in order from the part's start (needs.ts); `null` when
 * a match could begin with a word the pattern does not spell.
 */
export function sequenceLeadingWords(sequence: Node[], count: number): string[][] | null {
  const walker = new Walker(count);
  let open: Map<string, State>;
  try {
    const start: State = { skip: 0, text: "", pending: false, closed: false };
    open = walker.run({ type: "group", alternatives: [sequence] }, new Map([[key(start), start]]));
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const lists: string[][] = [];
  for (const state of [...walker.done.values(), ...open.values()]) {
    if (state.skip !== 0 || state.pending || state.text === "") return null;
    const parts = state.text.split(" ");
    // The text after the last space is a whole word only where the match ends (an open state).
    const last = parts.pop() ?? "";
    if (!state.closed && last !== "") parts.push(last);
    if (parts.length === 0 || parts[0] === "") return null;
    // An empty word (a double space) puts the later words out of line: keep those before it.
    const empty = parts.indexOf("");
    lists.push(empty < 0 ? parts : parts.slice(0, empty));
  }
  return lists;
}

function readTreeHeads(tree: Node, words: number): Head[] | null {
  const walker = new Walker(words);
  let open: Map<string, State>;
  try {
    const start: State = { skip: 0, text: "", pending: false, closed: false };
    open = walker.run(tree, new Map([[key(start), start]]));
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  const heads = new Map<string, Head>();
  for (const state of [...walker.done.values(), ...open.values()]) {
    if (state.pending || state.text === "") return null;
    const space = state.text.indexOf(" ");
    // An open state at the end is the whole match, and a match ends at the end of a word.
    const head: Head =
      space >= 0
        ? { skip: state.skip, word: state.text.slice(0, space), prefix: false }
        : { skip: state.skip, word: state.text, prefix: state.closed };
    const rest = space >= 0 ? state.text.slice(space + 1) : "";
    // An empty head word stands for an empty canonical word, after which words do not line up.
    if (rest !== "" && head.word !== "") {
      const end = rest.indexOf(" ");
      head.next =
        end >= 0 ? { word: rest.slice(0, end), prefix: false } : { word: rest, prefix: state.closed };
    }
    const next = head.next === undefined ? "" : `${head.next.prefix ? 1 : 0}|${head.next.word}`;
    heads.set(`${head.skip}|${head.prefix ? 1 : 0}|${head.word}|${next}`, head);
  }
  return [...heads.values()];
}
