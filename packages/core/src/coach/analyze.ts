import { coach as catalogue } from "../i18n/en/coach.ts";
import { NEGATIVE_STEM, POSITIVE_WORDS } from "./lexicon.ts";
import { type Sentence, segment, wordAt } from "./normalize.ts";
import { RULES, type Rule } from "./rules.ts";
import {
  type AnalyzeOptions,
  type AnalyzeResult,
  COACH_KINDS,
  type CoachFlag,
  type CoachKind,
  type CoachTarget,
} from "./types.ts";

// Words that soften or cancel what follows them ("not always", "almost never", "hardly ever").
const NEGATORS = new Set([
  "not",
  "no",
  "hardly",
  "barely",
  "rarely",
  "seldom",
  "scarcely",
  "almost",
  "nearly",
  "without",
  "never",
]);
// Clause boundaries inside a sentence: negation and valence do not cross them.
const CLAUSE_BREAKS = new Set([
  ",",
  "but",
  "though",
  "although",
  "however",
  "yet",
  "whereas",
  "while",
  "and",
]);
// "I don't think you always…", "I'm not saying you're lazy": the writer is distancing from the claim.
const HEDGE =
  /(?:^| )(?:(?:do|does|did) not (?:think|believe|feel like|mean|say)|doubt|not sure|not saying|not that|is not like|would not say|not calling you|never said|never called|not because|not trying to say)(?: that)?(?: [^ ,]+){0,4} $/;
const SPECIFIC_TIME =
  /(?:^| )(?:yesterday|last (?:night|week|weekend|time|month|year|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|tonight|today|this (?:morning|afternoon|evening|time|week|weekend)|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday|our anniversary)|at the (?:party|dinner|wedding)|back then|that (?:day|night|time)|in (?:\d{4}|high school|school|college)|once)(?= |$)/;

type Messages = Record<string, string>;
const MESSAGES: Messages = catalogue;

function targetOf(word: string | undefined): CoachTarget {
  switch (word) {
    case "you":
    case "your":
    case "ur":
    case "yourself":
      return "partner";
    case "i":
    case "me":
    case "my":
    case "myself":
    case "my own":
      return "self";
    default:
      return "other";
  }
}

function clauseBounds(sentence: Sentence, first: number, last: number): [number, number] {
  let a = first;
  while (a > 0 && first - a < 14 && !CLAUSE_BREAKS.has(sentence.words[a - 1]?.w ?? ",")) a--;
  let b = last;
  const n = sentence.words.length;
  while (b < n - 1 && b - last < 14 && !CLAUSE_BREAKS.has(sentence.words[b + 1]?.w ?? ",")) b++;
  return [a, b];
}

function isWarm(sentence: Sentence, first: number, last: number): boolean {
  const [a, b] = clauseBounds(sentence, first, last);
  for (let i = a; i <= b; i++) if (POSITIVE_WORDS.has(sentence.words[i]?.w ?? "")) return true;
  return false;
}

function isComplaint(sentence: Sentence, first: number, last: number): boolean {
  const [a, b] = clauseBounds(sentence, first, last);
  let negative = false;
  for (let i = a; i <= b; i++) {
    const word = sentence.words[i];
    if (word === undefined || word.quoted) continue;
    const w = word.w;
    if (i > last && (w === "not" || w === "never" || w === "no")) negative = true;
    if (NEGATIVE_STEM.test(w)) negative = true;
    // "do this", "do that" at the end of a complaint: "you always do this".
    if (i > last && (w === "this" || w === "that") && i === b) negative = true;
    if (w === "have" && sentence.words[i + 1]?.w === "to") negative = true;
  }
  return negative && !isWarm(sentence, first, last);
}

function negatedBefore(sentence: Sentence, first: number, triggerWord: string): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const w = sentence.words[i]?.w ?? ",";
    if (CLAUSE_BREAKS.has(w)) return false;
    if (w === "never" && triggerWord === "never") continue;
    if (NEGATORS.has(w)) return true;
  }
  return false;
}

interface Candidate {
  kind: CoachKind;
  target: CoachTarget;
  start: number;
  end: number;
}

/**
 * The rules indexed by word, built once: which rules a word lets run (their triggers) and which
 * rules a match can start at that word (their heads, see anchors.ts).
 */
interface RuleIndex {
  /** Word → indices into RULES of the rules it triggers. */
  triggeredBy: Map<string, number[]>;
  /** Word → flat pairs (rule index, words before it): a match of the rule may start that far back. */
  startsAt: Map<string, number[]>;
  /** Heads that only know how a word begins ("pfft…"), checked against every word. */
  startsWith: { prefix: string; rule: number; skip: number }[];
}

function buildIndex(rules: readonly Rule[]): RuleIndex {
  const index: RuleIndex = { triggeredBy: new Map(), startsAt: new Map(), startsWith: [] };
  const push = (map: Map<string, number[]>, word: string, ...values: number[]) => {
    const list = map.get(word);
    if (list === undefined) map.set(word, values);
    else list.push(...values);
  };
  rules.forEach((rule, r) => {
    for (const trigger of new Set(rule.triggers)) push(index.triggeredBy, trigger, r);
    for (const head of rule.heads ?? []) {
      if (head.prefix) index.startsWith.push({ prefix: head.word, rule: r, skip: head.skip });
      else push(index.startsAt, head.word, r, head.skip);
    }
  });
  return index;
}

const INDEX = buildIndex(RULES);

/** Adds word index `i` to a rule's ascending, duplicate-free list of start words. */
function addStart(starts: (number[] | undefined)[], rule: number, i: number): void {
  const list = starts[rule];
  if (list === undefined) {
    starts[rule] = [i];
    return;
  }
  const last = list[list.length - 1] ?? -1;
  if (i > last) list.push(i);
  else if (i < last) {
    // Heads with different skips can arrive out of order, but only by a few words.
    let at = list.length - 1;
    while (at > 0 && (list[at - 1] ?? 0) > i) at--;
    if (list[at - 1] !== i) list.splice(at, 0, i);
  }
}

/**
 * Which rules a sentence triggers, and for each of them the words at which one of its matches
 * could start. Two passes over the words, instead of every rule checking the whole sentence.
 */
function planSentence(sentence: Sentence): { triggered: Uint8Array; starts: (number[] | undefined)[] } {
  const triggered = new Uint8Array(RULES.length);
  const starts: (number[] | undefined)[] = new Array(RULES.length);
  const { words } = sentence;
  for (const word of words) {
    const rules = INDEX.triggeredBy.get(word.w);
    if (rules !== undefined) for (const r of rules) triggered[r] = 1;
  }
  for (let j = 0; j < words.length; j++) {
    const w = words[j]?.w ?? "";
    const pairs = INDEX.startsAt.get(w);
    if (pairs !== undefined) {
      for (let k = 0; k < pairs.length; k += 2) {
        const r = pairs[k] ?? 0;
        const i = j - (pairs[k + 1] ?? 0);
        if (triggered[r] === 1 && i >= 0) addStart(starts, r, i);
      }
    }
    for (const head of INDEX.startsWith) {
      if (triggered[head.rule] === 1 && j >= head.skip && w.startsWith(head.prefix)) {
        addStart(starts, head.rule, j - head.skip);
      }
    }
  }
  return { triggered, starts };
}

/**
 * Runs one rule over a sentence. With `starts`, the sticky pattern is tried only at those words,
 * in order, which finds the same matches as the global scan (anchors.ts explains why); rules
 * without heads scan the whole sentence.
 */
function applyRule(rule: Rule, sentence: Sentence, starts: number[] | undefined, out: Candidate[]): void {
  if (rule.notInQuestion && sentence.question) return;
  const { canon, offsets } = sentence;
  if (rule.heads === null) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
      const whole = m.indices?.[0];
      if (whole === undefined) break;
      if (whole[1] === whole[0]) {
        re.lastIndex++;
        continue;
      }
      acceptMatch(rule, sentence, m, whole, out);
    }
    return;
  }
  if (starts === undefined) return;
  const { sticky, probe } = rule;
  let from = 0;
  for (const i of starts) {
    const position = offsets[i] ?? 0;
    if (position < from) continue;
    // Most tries fail: test first, and ask for match indices only when there is a match.
    probe.lastIndex = position;
    if (!probe.test(canon)) continue;
    sticky.lastIndex = position;
    const m = sticky.exec(canon);
    const whole = m?.indices?.[0];
    if (m === null || whole === undefined) continue;
    if (whole[1] === whole[0]) {
      from = position + 1;
      continue;
    }
    from = whole[1];
    acceptMatch(rule, sentence, m, whole, out);
  }
}

/** Keeps a match unless it is quoted, negated, hedged, a single event or a kind remark. */
function acceptMatch(
  rule: Rule,
  sentence: Sentence,
  m: RegExpExecArray,
  whole: [number, number],
  out: Candidate[],
): void {
  const { canon } = sentence;
  const [mStart, mEnd] = whole;
  const first = wordAt(sentence, mStart);
  const last = wordAt(sentence, mEnd - 1);
  const firstWord = sentence.words[first];
  if (firstWord === undefined || firstWord.quoted) return;
  const before = canon.slice(Math.max(0, mStart - 80), mStart);
  const after = canon.slice(mEnd, mEnd + 80);
  if (rule.negatable !== false && negatedBefore(sentence, first, firstWord.w)) return;
  if (rule.hedgeable !== false && HEDGE.test(before)) return;
  if (rule.notPrecededBy?.test(before)) return;
  if (rule.notFollowedBy?.test(after)) return;
  if (rule.notSpecificTime && SPECIFIC_TIME.test(` ${canon} `)) return;
  if (rule.complaint === true && !isComplaint(sentence, first, last)) return;
  if (rule.complaint === "soft" && isWarm(sentence, first, last) && !isComplaint(sentence, first, last))
    return;

  // Highlight the subject and the named group `h` ("you never"), else the whole match.
  const h = m.indices?.groups?.h;
  const t = m.indices?.groups?.t;
  let [hStart, hEnd] = h ?? whole;
  if (h !== undefined && t !== undefined) {
    hStart = Math.min(hStart, t[0]);
    hEnd = Math.max(hEnd, t[1]);
  }
  const hFirst = wordAt(sentence, hStart);
  const hLast = wordAt(sentence, Math.max(hStart, hEnd - 1));
  let target: CoachTarget = rule.target ?? "other";
  if (rule.target === undefined || rule.kind !== "contempt") {
    const groups = m.groups ?? {};
    for (const name of ["t", "t2", "t3", "t4", "t5"]) {
      const value = groups[name];
      if (value !== undefined) {
        // "my fault" is about me; "my boss" is someone else.
        const words = value.split(" ");
        target = words.length > 1 && words[0] === "my" ? "other" : targetOf(words[0]);
        break;
      }
    }
  }
  const startWord = sentence.words[hFirst];
  const endWord = sentence.words[hLast];
  if (startWord === undefined || endWord === undefined) return;
  out.push({ kind: rule.kind, target, start: startWord.start, end: endWord.end });
}

/** Words that never show up in a complaint yet often in warm messages. */
export function hasWarmth(text: string): boolean {
  for (const sentence of segment(text)) {
    for (const word of sentence.words) if (POSITIVE_WORDS.has(word.w)) return true;
  }
  return false;
}

function explanationKey(kind: CoachKind, target: CoachTarget): string {
  const specific = `coach.${kind}.explanation.${target}`;
  return specific in MESSAGES ? specific : `coach.${kind}.explanation`;
}

function suggestionKey(kind: CoachKind, target: CoachTarget): string | undefined {
  const specific = `coach.${kind}.suggestion.${target}`;
  if (specific in MESSAGES) return specific;
  const general = `coach.${kind}.suggestion`;
  return general in MESSAGES ? general : undefined;
}

// The catalogue keys for each kind and target, looked up once rather than for every flag.
const KEYS = new Map<string, { explanation: string; suggestion: string | undefined }>();
for (const kind of COACH_KINDS) {
  for (const target of ["partner", "self", "other"] as const) {
    KEYS.set(`${kind}|${target}`, {
      explanation: explanationKey(kind, target),
      suggestion: suggestionKey(kind, target),
    });
  }
}

/**
 * Finds blame, thinking traps, contempt and ultimatums in a message as the person types.
 * Pure and synchronous; the same text always gives the same flags.
 */
export function analyzeMessage(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const wanted = options.kinds ? new Set<CoachKind>(options.kinds) : undefined;
  const candidates: Candidate[] = [];
  if (typeof text === "string" && text.length > 0) {
    for (const sentence of segment(text)) {
      const { triggered, starts } = planSentence(sentence);
      RULES.forEach((rule, r) => {
        if (triggered[r] === 0 || (wanted && !wanted.has(rule.kind))) return;
        applyRule(rule, sentence, starts[r], candidates);
      });
    }
  }
  const flags = mergeFlags(candidates).map((candidate): CoachFlag => {
    const keys = KEYS.get(`${candidate.kind}|${candidate.target}`);
    const eKey = keys?.explanation ?? explanationKey(candidate.kind, candidate.target);
    const sKey = keys === undefined ? suggestionKey(candidate.kind, candidate.target) : keys.suggestion;
    const flag: CoachFlag = {
      kind: candidate.kind,
      target: candidate.target,
      start: candidate.start,
      end: candidate.end,
      explanation: MESSAGES[eKey] ?? eKey,
      explanationKey: eKey,
    };
    if (sKey !== undefined) {
      flag.suggestion = MESSAGES[sKey] ?? sKey;
      flag.suggestionKey = sKey;
    }
    return flag;
  });
  const present = new Set(flags.map((flag) => flag.kind));
  return { kinds: COACH_KINDS.filter((kind) => present.has(kind)), flags };
}

/** Sorts and joins overlapping spans of the same kind, so a kind never highlights a word twice. */
function mergeFlags(candidates: Candidate[]): Candidate[] {
  const order = (kind: CoachKind) => COACH_KINDS.indexOf(kind);
  const sorted = [...candidates].sort(
    (a, b) => order(a.kind) - order(b.kind) || a.start - b.start || b.end - a.end,
  );
  const merged: Candidate[] = [];
  for (const candidate of sorted) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.kind === candidate.kind && candidate.start < previous.end) {
      if (candidate.end > previous.end) previous.end = candidate.end;
      continue;
    }
    merged.push({ ...candidate });
  }
  return merged.sort((a, b) => a.start - b.start || order(a.kind) - order(b.kind));
}
