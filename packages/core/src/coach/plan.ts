/**
 * Which rules to try on a sentence, and at which words. Most rules never match a given sentence,
 * so this is where the coach saves its time: a rule runs only when the sentence holds a word of
 * each of its trigger lists, and its pattern is tried only at the words a match can start at (its
 * heads, anchors.ts), where also the word after the head fits and a word it needs follows.
 *
 * Everything is looked up by word once per sentence: each word becomes a small number (its place
 * in the rules' vocabulary), and the rules' triggers and heads are indexed by those numbers.
 */
import type { Head } from "./anchors.ts";
import { type Sentence, Tokens, type Word } from "./normalize.ts";
import type { Rule } from "./rules.ts";

/**
 * A try is packed into one integer, rule * TRY_RULE + word index, so that sorting the tries
 * orders them by rule (the order rules report in) and then by word. 2^18 is above the most words
 * a sentence of MAX_ANALYZED_LENGTH (100,000) characters can expand to (about 1.25 per character).
 */
export const TRY_RULE = 1 << 18;
/** A needed word's distance that stands for "anywhere after the try". */
const UNBOUNDED = 0x3fffffff;

/** The word index that means "scan the whole sentence" (rules whose heads are unknown). */
export const WHOLE_SENTENCE = TRY_RULE - 1;

/**
 * The head pairs, by head word: for each head word number, the numbers of the words that may
 * follow it (sorted), and in the same order their (rule, skip) lists. A lookup reads only its head word's
 * stretch, which for the common heads ("you", "i") stays in the processor's cache; a hash table
 * over all the pairs (~40,000) touched a cold line of a megabyte for every lookup.
 */
class PairTable {
  /** `nexts[starts[head]..starts[head + 1])`: the words after `head` that some pair names, ascending. */
  private readonly starts: Int32Array;
  private readonly nexts: Int32Array;
  /** List k is the (rule, skip) list of the pair whose next word is `nexts[k]`. */
  readonly lists: PackedLists;

  constructor(pairs: ReadonlyMap<number, StartPairs>, vocabularySize: number) {
    const keys = [...pairs.keys()].sort((a, b) => a - b);
    this.starts = new Int32Array(vocabularySize + 1);
    this.nexts = new Int32Array(keys.length);
    let head = 0;
    keys.forEach((key, k) => {
      const keyHead = Math.floor(key / vocabularySize);
      while (head <= keyHead) this.starts[head++] = k;
      this.nexts[k] = key % vocabularySize;
    });
    while (head <= vocabularySize) this.starts[head++] = keys.length;
    this.lists = new PackedLists(keys.map((key) => pairs.get(key) ?? []));
  }

  /** The number of the list for the pair (head, next) in `lists`, else -1. */
  get(head: number, next: number): number {
    const nexts = this.nexts;
    let lo = this.starts[head] ?? 0;
    let hi = (this.starts[head + 1] ?? 0) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = nexts[mid] ?? 0;
      if (value === next) return mid;
      if (value < next) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Sentences give a few dozen tries; below this many, a plain insertion sort beats the built-in one. */
const INSERTION_SORT_MAX = 64;

function insertionSort(values: Int32Array): Int32Array {
  for (let i = 1; i < values.length; i++) {
    const value = values[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (values[j] ?? 0) > value) {
      values[j + 1] = values[j] ?? 0;
      j--;
    }
    values[j + 1] = value;
  }
  return values;
}

/** (rule, skip) pairs, flat: a match of the rule may start `skip` words before this word. */
type StartPairs = number[];

/**
 * Lists of numbers by word number, packed into one typed array (list `id` is
 * `data[starts[id]..starts[id + 1])`): the planner reads several per word of every sentence, and
 * arrays of arrays cost a pointer chase and a bounds check more each.
 */
class PackedLists {
  readonly starts: Int32Array;
  readonly data: Int32Array;
  constructor(lists: readonly (readonly number[])[]) {
    this.starts = new Int32Array(lists.length + 1);
    let total = 0;
    lists.forEach((list, id) => {
      this.starts[id] = total;
      total += list.length;
    });
    this.starts[lists.length] = total;
    this.data = new Int32Array(total);
    lists.forEach((list, id) => {
      this.data.set(list, this.starts[id] ?? 0);
    });
  }
}

interface RuleIndex {
  /** Canonical word → its number; only words that some rule triggers on or starts with. */
  vocabulary: Map<string, number>;
  /** By word number: the trigger lists (numbered over all rules) that hold the word. */
  triggers: number[][];
  /** By trigger list: its rule. */
  listRule: Int32Array;
  /** By rule: how many trigger lists it has; the rule runs when a word of each is seen. */
  listCount: Int32Array;
  /** By word number: heads at this word whatever the next word is. */
  anyNext: StartPairs[];
  /** By word number: every head at this word, next word ignored (see planSentence). */
  allHeads: StartPairs[];
  /** By word number: heads whose next word must start with `next`. */
  prefixNext: { rule: number; skip: number; next: string }[][];
  /** Head word number * vocabulary size + next word number → heads that need exactly that pair. */
  pairs: Map<number, StartPairs>;
  /** By word number: 1 when the word heads some pair, so most words skip the `pairs` lookup. */
  hasPairs: Uint8Array;
  /** Heads that only know how a word begins ("pfft…"), checked against every word. */
  startsWith: { prefix: string; rule: number; skip: number }[];
  /** By word number: the rules that need the word at or after a match's start (needs.ts). */
  needs: number[][];
  /** By rule: 1 when its matches need one of its `needs` words, so tries without one are dropped. */
  hasNeeds: Uint8Array;
  /** By rule: how many words after a try its needed word may come (UNBOUNDED: anywhere after). */
  needWithin: Int32Array;
  /** By word number, `bitsPerWord` 32-bit words: bit r set when rule r needs the word. */
  needBits: Int32Array;
  bitsPerWord: number;
  /** Rules without heads: scanned in full whenever triggered. */
  unanchored: number[];
}

function buildIndex(rules: readonly Rule[]): RuleIndex {
  const vocabulary = new Map<string, number>();
  const numberOf = (word: string): number => {
    let id = vocabulary.get(word);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(word, id);
    }
    return id;
  };
  for (const rule of rules) {
    for (const list of rule.triggers) for (const trigger of list) numberOf(trigger);
    for (const word of rule.needs?.words ?? []) numberOf(word);
    for (const head of rule.heads ?? []) {
      if (head.prefix) continue;
      numberOf(head.word);
      if (head.next !== undefined && !head.next.prefix) numberOf(head.next.word);
    }
  }
  const size = vocabulary.size;
  const list = <T>(): T[][] => Array.from({ length: size }, () => []);
  const index: RuleIndex = {
    vocabulary,
    triggers: list(),
    listRule: new Int32Array(rules.reduce((total, rule) => total + rule.triggers.length, 0)),
    listCount: new Int32Array(rules.length),
    anyNext: list(),
    allHeads: list(),
    prefixNext: list(),
    pairs: new Map(),
    hasPairs: new Uint8Array(size),
    needs: list(),
    hasNeeds: new Uint8Array(rules.length),
    needWithin: new Int32Array(rules.length),
    needBits: new Int32Array(size * Math.ceil(rules.length / 32)),
    bitsPerWord: Math.ceil(rules.length / 32),
    startsWith: [],
    unanchored: [],
  };
  let listNumber = 0;
  rules.forEach((rule, r) => {
    index.listCount[r] = rule.triggers.length;
    for (const list of rule.triggers) {
      for (const trigger of new Set(list)) index.triggers[numberOf(trigger)]?.push(listNumber);
      index.listRule[listNumber++] = r;
    }
    if (rule.needs !== null) {
      index.hasNeeds[r] = 1;
      index.needWithin[r] = Math.min(rule.needs.within, UNBOUNDED);
      for (const word of new Set(rule.needs.words)) {
        const id = numberOf(word);
        index.needs[id]?.push(r);
        const cell = id * index.bitsPerWord + (r >> 5);
        index.needBits[cell] = (index.needBits[cell] ?? 0) | (1 << (r & 31));
      }
    }
    if (rule.heads === null) {
      index.unanchored.push(r);
      return;
    }
    for (const head of rule.heads) addHead(index, head, r, numberOf);
  });
  return index;
}

/**
 * Adds (rule, skip) to a list unless it is there: several heads can give the same pair. Rules are
 * indexed one after another, so a rule's pairs are all at the list's end.
 */
function addPair(into: StartPairs, rule: number, skip: number): void {
  for (let k = into.length - 2; k >= 0 && into[k] === rule; k -= 2) if (into[k + 1] === skip) return;
  into.push(rule, skip);
}

function addHead(index: RuleIndex, head: Head, r: number, numberOf: (word: string) => number): void {
  if (head.prefix) {
    index.startsWith.push({ prefix: head.word, rule: r, skip: head.skip });
    return;
  }
  const id = numberOf(head.word);
  const all = index.allHeads[id] ?? [];
  addPair(all, r, head.skip);
  const { next } = head;
  if (next === undefined) {
    addPair(index.anyNext[id] ?? [], r, head.skip);
  } else if (next.prefix) {
    index.prefixNext[id]?.push({ rule: r, skip: head.skip, next: next.word });
  } else {
    index.hasPairs[id] = 1;
    const key = id * index.vocabulary.size + numberOf(next.word);
    let pairs = index.pairs.get(key);
    if (pairs === undefined) {
      pairs = [];
      index.pairs.set(key, pairs);
    }
    addPair(pairs, r, head.skip);
  }
}

/** Plans sentences for one list of rules; reuses its buffers, so one plan is read before the next. */
export class Planner {
  private readonly index: RuleIndex;
  private readonly pairs: PairTable;
  // The index's lists by word number, packed (see PackedLists).
  private readonly triggers: PackedLists;
  private readonly needs: PackedLists;
  private readonly anyNext: PackedLists;
  private readonly allHeads: PackedLists;
  /** Length of the shortest prefix head (index.startsWith); above any word's length when none. */
  private readonly shortestPrefix: number;
  /** Segment with these (normalize.ts `segment(text, planner.tokens)`): words come numbered. */
  readonly tokens: Tokens;
  /** Per trigger list: the number of the sentence that last held one of its words. */
  private readonly listSeenIn: Int32Array;
  /** Per rule: the number of the sentence its lists were last counted for, and how many were seen. */
  private readonly countedIn: Int32Array;
  private readonly listsSeen: Int32Array;
  /** Per rule: the sentence number where one of its needed words was last seen, and the last word index with one. */
  private readonly neededIn: Int32Array;
  private readonly lastNeeded: Int32Array;
  private sentenceNumber = 0;
  private ids = new Int32Array(64);
  private tries = new Int32Array(256);
  private count = 0;
  /** The sentence being planned has no empty word: word k lies k spaces after word 0. */
  private lined = true;

  constructor(rules: readonly Rule[]) {
    const index = buildIndex(rules);
    this.index = index;
    this.pairs = new PairTable(index.pairs, index.vocabulary.size);
    this.triggers = new PackedLists(index.triggers);
    this.needs = new PackedLists(index.needs);
    this.anyNext = new PackedLists(index.anyNext);
    this.allHeads = new PackedLists(index.allHeads);
    this.shortestPrefix = Math.min(
      ...index.startsWith.map((head) => head.prefix.length),
      Number.MAX_SAFE_INTEGER,
    );
    this.tokens = new Tokens(index.vocabulary);
    this.listSeenIn = new Int32Array(index.listRule.length);
    this.countedIn = new Int32Array(rules.length);
    this.listsSeen = new Int32Array(rules.length);
    this.neededIn = new Int32Array(rules.length);
    this.lastNeeded = new Int32Array(rules.length);
  }

  /**
   * The tries for a sentence read with `this.tokens`, sorted: by rule, then by word. May hold the
   * same try twice.
   * The returned array is reused by the next call.
   */
  plan(sentence: Sentence): Int32Array {
    const { index } = this;
    const { words } = sentence;
    const n = words.length;
    const { listSeenIn, countedIn, listsSeen } = this;
    const { listRule } = index;
    const neededIn = this.neededIn;
    const lastNeeded = this.lastNeeded;
    // Sentence numbers mark the triggered rules, so nothing needs clearing; before they overflow
    // the Int32Array, start again.
    if (this.sentenceNumber === 0x7fffffff) {
      listSeenIn.fill(0);
      countedIn.fill(0);
      neededIn.fill(0);
      this.sentenceNumber = 0;
    }
    const stamp = ++this.sentenceNumber;
    if (this.ids.length < n) this.ids = new Int32Array(Math.max(n, this.ids.length * 2));
    const ids = this.ids;
    const triggers = this.triggers;
    const needs = this.needs;
    // An empty canonical word (from "n't" alone) puts a double space in the text, and one at the
    // start is left out of it; the next word then need not line up, so pairs are not checked.
    let lined = true;
    for (let j = 0; j < n; j++) {
      const word = words[j] as Word;
      if (word.w === "") lined = false;
      const id = word.id;
      ids[j] = id;
      if (id >= 0) {
        for (let k = triggers.starts[id] ?? 0, end = triggers.starts[id + 1] ?? 0; k < end; k++) {
          const list = triggers.data[k] ?? 0;
          if (listSeenIn[list] === stamp) continue;
          listSeenIn[list] = stamp;
          const r = listRule[list] ?? 0;
          if (countedIn[r] !== stamp) {
            countedIn[r] = stamp;
            listsSeen[r] = 0;
          }
          listsSeen[r] = (listsSeen[r] ?? 0) + 1;
        }
        // Words go in order, so the last index written is the last word with a needed word.
        for (let k = needs.starts[id] ?? 0, end = needs.starts[id + 1] ?? 0; k < end; k++) {
          const r = needs.data[k] ?? 0;
          neededIn[r] = stamp;
          lastNeeded[r] = j;
        }
      }
    }
    this.lined = lined;
    this.count = 0;
    const heads = lined ? this.anyNext : this.allHeads;
    const pairLists = this.pairs.lists;
    // Words shorter than every prefix head cannot start with one: most words, most sentences.
    const shortestPrefix = this.shortestPrefix;
    for (let j = 0; j < n; j++) {
      const id = ids[j] ?? -1;
      if (id >= 0) {
        this.addAll(heads, id, j, stamp);
        if (lined && j + 1 < n) {
          const nextId = ids[j + 1] ?? -1;
          if (nextId >= 0 && index.hasPairs[id] === 1) {
            const list = this.pairs.get(id, nextId);
            if (list >= 0) this.addAll(pairLists, list, j, stamp);
          }
          const prefixed = index.prefixNext[id];
          if (prefixed !== undefined && prefixed.length > 0) {
            const next = words[j + 1]?.w ?? "";
            for (const head of prefixed) {
              if (next.startsWith(head.next)) this.add(head.rule, j - head.skip, stamp);
            }
          }
        }
      }
      const w = (words[j] as Word).w;
      if (w.length >= shortestPrefix) {
        for (const head of index.startsWith) {
          if (w.startsWith(head.prefix)) this.add(head.rule, j - head.skip, stamp);
        }
      }
    }
    for (const r of index.unanchored) if (this.triggered(r, stamp)) this.push(r * TRY_RULE + WHOLE_SENTENCE);
    const tries = this.tries.subarray(0, this.count);
    return tries.length <= INSERTION_SORT_MAX ? insertionSort(tries) : tries.sort();
  }

  /** Adds the tries of list `list` of `lists` ((rule, skip) pairs) for word `j`. */
  private addAll(lists: PackedLists, list: number, j: number, stamp: number): void {
    const { data } = lists;
    for (let k = lists.starts[list] ?? 0, end = lists.starts[list + 1] ?? 0; k < end; k += 2)
      this.add(data[k] ?? 0, j - (data[k + 1] ?? 0), stamp);
  }

  /**
   * A try of rule `r` at word `i`, if the rule is triggered, the word exists and, where the rule
   * needs words (needs.ts), one of them comes at or after word `i`: else no match can start there.
   */
  private add(r: number, i: number, stamp: number): void {
    if (i < 0 || !this.triggered(r, stamp)) return;
    if (this.index.hasNeeds[r] === 1) {
      if (this.neededIn[r] !== stamp) return;
      const last = this.lastNeeded[r] ?? 0;
      if (last < i) return;
      // Words line up with spaces only without empty words; then the needed word must also be
      // near. (`needed` reads up to i + within, before `last`: inside this sentence.)
      const within = this.index.needWithin[r] ?? UNBOUNDED;
      if (this.lined && last - i > within && !this.needed(r, i, i + within)) return;
    }
    this.push(r * TRY_RULE + i);
  }

  /** Whether the sentence `stamp` holds a word of each of rule `r`'s trigger lists. */
  private triggered(r: number, stamp: number): boolean {
    return this.countedIn[r] === stamp && this.listsSeen[r] === this.index.listCount[r];
  }

  /** Whether a word rule `r` needs stands at some index in [from, to]. */
  private needed(r: number, from: number, to: number): boolean {
    const { needBits, bitsPerWord } = this.index;
    const bit = 1 << (r & 31);
    const column = r >> 5;
    for (let j = from; j <= to; j++) {
      const id = this.ids[j] ?? -1;
      if (id >= 0 && ((needBits[id * bitsPerWord + column] ?? 0) & bit) !== 0) return true;
    }
    return false;
  }

  private push(code: number): void {
    if (this.count === this.tries.length) {
      const grown = new Int32Array(this.tries.length * 2);
      grown.set(this.tries);
      this.tries = grown;
    }
    this.tries[this.count++] = code;
  }
}
