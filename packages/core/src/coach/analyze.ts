import { type CoachMessages, coachMessages } from "./catalogue.ts";
import { NEGATIVE_STEM, POSITIVE_WORDS } from "./lexicon.ts";
import { type Sentence, segment, wordAt } from "./normalize.ts";
import { Planner, TRY_RULE, WHOLE_SENTENCE } from "./plan.ts";
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
  "because",
]);
// "I don't think you always…", "I'm not saying you're lazy": the writer is distancing from the claim.
const HEDGE =
  /(?:^| )(?:(?<!(?:you|he|she|they|and) )(?:do|does|did) not (?:think|believe|feel like|mean|say)|doubt|not sure|not saying|not that|is not like|would not say|not calling you|never said|never called|not because|not trying to say)(?: that)?(?: [^ ,]+){0,4} $/;
const SPECIFIC_TIME =
  /(?:^| )(?:yesterday|last (?:night|week|weekend|time|month|year|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|tonight|today|this (?:morning|afternoon|evening|time|week|weekend)|earlier|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|my birthday|our anniversary)|at the (?:party|dinner|wedding)|back then|that (?:day|night|time)|in (?:\d{4}|high school|school|college)|once)(?= |$)/;

// Every HEDGE match holds one of these; text without them needs no HEDGE scan.
const HEDGE_MARK = /not|doubt|never/g;

/** What a sentence says as a whole, worked out at most once however many matches ask. */
class SentenceFacts {
  private specific: boolean | undefined;
  /** Start and end in the canonical text of each occurrence of a HEDGE_MARK string. */
  private hedgeMarks: number[] | undefined;
  /** By word: 0 not yet tested, 1 no, 2 yes: does NEGATIVE_STEM match the word. */
  private negative: Uint8Array | undefined;
  private readonly canon: string;
  constructor(private readonly sentence: Sentence) {
    this.canon = sentence.canon;
  }

  /** Whether word `i` reads as negative (NEGATIVE_STEM); many matches ask about the same words. */
  negativeStem(i: number): boolean {
    if (this.negative === undefined) this.negative = new Uint8Array(this.sentence.words.length);
    let known = this.negative[i] ?? 0;
    if (known === 0) {
      known = NEGATIVE_STEM.test(this.sentence.words[i]?.w ?? "") ? 2 : 1;
      this.negative[i] = known;
    }
    return known === 2;
  }

  /** Whether canon[from, to) holds a hedge mark, so the HEDGE regex could match there. */
  mayHedge(from: number, to: number): boolean {
    if (this.hedgeMarks === undefined) {
      this.hedgeMarks = [];
      // The marks cannot overlap one another, so one left-to-right scan finds every occurrence.
      HEDGE_MARK.lastIndex = 0;
      for (let m = HEDGE_MARK.exec(this.canon); m !== null; m = HEDGE_MARK.exec(this.canon))
        this.hedgeMarks.push(m.index, m.index + m[0].length);
    }
    const marks = this.hedgeMarks;
    for (let k = 0; k < marks.length; k += 2) {
      if ((marks[k] ?? 0) >= from && (marks[k + 1] ?? 0) <= to) return true;
    }
    return false;
  }

  /** Names a single moment ("last night"): then "never" reads as one event, not a pattern. */
  specificTime(): boolean {
    if (this.specific === undefined) this.specific = SPECIFIC_TIME.test(` ${this.canon} `);
    return this.specific;
  }
}

// The named groups that may hold a match's subject, in the order they are read.
const TARGET_GROUPS = ["t", "t2", "t3", "t4", "t5"] as const;

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

function isComplaint(sentence: Sentence, first: number, last: number, facts: SentenceFacts): boolean {
  const [a, b] = clauseBounds(sentence, first, last);
  let negative = false;
  // One negative word settles it: stop at the first.
  for (let i = a; i <= b && !negative; i++) {
    const word = sentence.words[i];
    if (word === undefined || word.quoted) continue;
    const w = word.w;
    negative =
      (i > last && (w === "not" || w === "never" || w === "no")) ||
      facts.negativeStem(i) ||
      // "do this", "do that" at the end of a complaint: "you always do this".
      (i > last && (w === "this" || w === "that") && i === b) ||
      (w === "have" && sentence.words[i + 1]?.w === "to");
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
  /** The kind's place in COACH_KINDS: the order flags of one span are reported in. */
  order: number;
  target: CoachTarget;
  start: number;
  end: number;
}

const PLANNER = new Planner(RULES);

/**
 * Runs one rule over a sentence: tries its sticky pattern at the words of `tries[from..to)`
 * (packed, ascending, see plan.ts), which finds the same matches as the global scan (anchors.ts
 * explains why); rules without heads scan the whole sentence.
 */
function applyRule(
  rule: Rule,
  sentence: Sentence,
  tries: Int32Array,
  from: number,
  to: number,
  facts: SentenceFacts,
  out: Candidate[],
): void {
  if (rule.notInQuestion && sentence.question) return;
  const { canon, offsets } = sentence;
  if (((tries[from] ?? 0) & (TRY_RULE - 1)) === WHOLE_SENTENCE) {
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
      const whole = m.indices?.[0];
      if (whole === undefined) break;
      if (whole[1] === whole[0]) {
        re.lastIndex++;
        continue;
      }
      acceptMatch(rule, sentence, m, whole, facts, out);
    }
    return;
  }
  const { probe } = rule;
  const lastWord = (tries[to - 1] ?? 0) & (TRY_RULE - 1);
  let after = 0;
  let previous = -1;
  for (let k = from; k < to; k++) {
    const i = (tries[k] ?? 0) & (TRY_RULE - 1);
    if (i === previous) continue;
    previous = i;
    const position = offsets[i] ?? 0;
    if (position < after) continue;
    // A match here would be dropped for the words before it (acceptMatch). At the last word
    // tried, where the match's end no longer matters (no later try to skip), leave it untried.
    if (i === lastWord && rejectedByWordsBefore(rule, sentence, position, facts)) continue;
    // Match indices (the `d` flag) cost several times the match itself, and most matches are
    // then dropped: match without them, and ask for them only for a highlight (acceptMatch).
    probe.lastIndex = position;
    const m = probe.exec(canon);
    if (m === null) continue;
    const end = position + m[0].length;
    if (end === position) {
      after = position + 1;
      continue;
    }
    after = end;
    acceptMatch(rule, sentence, m, [position, end], facts, out);
  }
}

/** The cheapest part of rejectedAtStart: quoted, negated or in a sentence naming a single event. */
function rejectedByWordsBefore(
  rule: Rule,
  sentence: Sentence,
  mStart: number,
  facts: SentenceFacts,
): boolean {
  const first = wordAt(sentence, mStart);
  const firstWord = sentence.words[first];
  if (firstWord === undefined || firstWord.quoted) return true;
  if (rule.negatable !== false && negatedBefore(sentence, first, firstWord.w)) return true;
  return rule.notSpecificTime === true && facts.specificTime();
}

/**
 * Whether any match of `rule` starting at canonical offset `mStart` is dropped for what comes
 * before it: quoted, negated ("not always"), hedged ("I don't think…") or in a sentence naming a
 * single event. The cheap half of acceptMatch's checks, and the half that needs no match.
 */
function rejectedAtStart(rule: Rule, sentence: Sentence, mStart: number, facts: SentenceFacts): boolean {
  if (rejectedByWordsBefore(rule, sentence, mStart, facts)) return true;
  const beforeStart = Math.max(0, mStart - 80);
  return (
    rule.hedgeable !== false &&
    facts.mayHedge(beforeStart, mStart) &&
    HEDGE.test(sentence.canon.slice(beforeStart, mStart))
  );
}

/** Keeps a match unless it is quoted, negated, hedged, a single event or a kind remark. */
function acceptMatch(
  rule: Rule,
  sentence: Sentence,
  m: RegExpExecArray,
  whole: [number, number],
  facts: SentenceFacts,
  out: Candidate[],
): void {
  const { canon } = sentence;
  const [mStart, mEnd] = whole;
  if (rejectedAtStart(rule, sentence, mStart, facts)) return;
  const first = wordAt(sentence, mStart);
  const last = wordAt(sentence, mEnd - 1);
  if (rule.notPrecededBy?.test(canon.slice(Math.max(0, mStart - 80), mStart))) return;
  if (rule.notFollowedBy?.test(canon.slice(mEnd, mEnd + 80))) return;
  if (rule.complaint === true && !isComplaint(sentence, first, last, facts)) return;
  if (
    rule.complaint === "soft" &&
    isWarm(sentence, first, last) &&
    !isComplaint(sentence, first, last, facts)
  )
    return;

  // Highlight the subject and the named group `h` ("you never"), else the whole match.
  const spans =
    m.indices?.groups ??
    (m.groups?.h === undefined || rule.wholeHighlight ? undefined : groupSpans(rule, canon, mStart));
  const h = spans?.h;
  const t = spans?.t;
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
    for (const name of TARGET_GROUPS) {
      const value = groups[name];
      if (value !== undefined) {
        // "my fault" is about me; "my boss" is someone else.
        const space = value.indexOf(" ");
        const firstWord = space < 0 ? value : value.slice(0, space);
        target = space >= 0 && firstWord === "my" ? "other" : targetOf(firstWord);
        break;
      }
    }
  }
  const startWord = sentence.words[hFirst];
  const endWord = sentence.words[hLast];
  if (startWord === undefined || endWord === undefined) return;
  out.push({ kind: rule.kind, order: rule.order, target, start: startWord.start, end: endWord.end });
}

/** Where the named groups of the match of `rule` at `position` are: the sticky pattern again, with indices. */
function groupSpans(
  rule: Rule,
  canon: string,
  position: number,
): { [name: string]: [number, number] | undefined } | undefined {
  rule.sticky.lastIndex = position;
  return rule.sticky.exec(canon)?.indices?.groups;
}

/** Words that never show up in a complaint yet often in warm messages. */
export function hasWarmth(text: string): boolean {
  for (const sentence of segment(text)) {
    for (const word of sentence.words) if (POSITIVE_WORDS.has(word.w)) return true;
  }
  return false;
}

function explanationKey(messages: CoachMessages, kind: CoachKind, target: CoachTarget): string {
  const specific = `coach.${kind}.explanation.${target}`;
  return specific in messages ? specific : `coach.${kind}.explanation`;
}

function suggestionKey(messages: CoachMessages, kind: CoachKind, target: CoachTarget): string | undefined {
  const specific = `coach.${kind}.suggestion.${target}`;
  if (specific in messages) return specific;
  const general = `coach.${kind}.suggestion`;
  return general in messages ? general : undefined;
}

// The catalogue entries for each kind (by its place in COACH_KINDS) and target, looked up once
// per catalogue rather than for every flag, so a flag needs no key string built.
interface FlagText {
  explanation: string;
  explanationKey: string;
  suggestion: string | undefined;
  suggestionKey: string | undefined;
}
const TARGETS = ["partner", "self", "other"] as const;
const targetNumber = (target: CoachTarget): number => (target === "partner" ? 0 : target === "self" ? 1 : 2);
let flagTexts: FlagText[] = [];
let flagTextsOf: CoachMessages | null = null;

function flagText(order: number, target: CoachTarget): FlagText {
  const messages = coachMessages();
  if (flagTextsOf !== messages) {
    flagTextsOf = messages;
    flagTexts = COACH_KINDS.flatMap((kind) =>
      TARGETS.map((each) => {
        const eKey = explanationKey(messages, kind, each);
        const sKey = suggestionKey(messages, kind, each);
        return {
          explanation: messages[eKey] ?? eKey,
          explanationKey: eKey,
          suggestion: sKey === undefined ? undefined : (messages[sKey] ?? sKey),
          suggestionKey: sKey,
        };
      }),
    );
  }
  return flagTexts[order * TARGETS.length + targetNumber(target)] as FlagText;
}

function toFlag(candidate: Candidate): CoachFlag {
  const text = flagText(candidate.order, candidate.target);
  const flag: CoachFlag = {
    kind: candidate.kind,
    target: candidate.target,
    start: candidate.start,
    end: candidate.end,
    explanation: text.explanation,
    explanationKey: text.explanationKey,
  };
  if (text.suggestionKey !== undefined) {
    flag.suggestion = text.suggestion;
    flag.suggestionKey = text.suggestionKey;
  }
  return flag;
}

/**
 * Finds blame, thinking traps, contempt and ultimatums in a message as the person types.
 * Pure and synchronous; the same text always gives the same flags.
 */
export function analyzeMessage(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const wanted = options.kinds ? new Set<CoachKind>(options.kinds) : undefined;
  const candidates: Candidate[] = [];
  if (typeof text === "string" && text.length > 0) {
    for (const sentence of segment(text, PLANNER.tokens)) {
      const tries = PLANNER.plan(sentence);
      const facts = new SentenceFacts(sentence);
      // The tries come sorted by rule: run each rule over its own stretch of them.
      for (let from = 0; from < tries.length; ) {
        const r = Math.floor((tries[from] ?? 0) / TRY_RULE);
        let to = from + 1;
        while (to < tries.length && Math.floor((tries[to] ?? 0) / TRY_RULE) === r) to++;
        const rule = RULES[r];
        if (rule !== undefined && (wanted === undefined || wanted.has(rule.kind)))
          applyRule(rule, sentence, tries, from, to, facts, candidates);
        from = to;
      }
    }
  }
  if (candidates.length === 0) return { kinds: [], flags: [] };
  const merged = mergeFlags(candidates);
  const flags = new Array<CoachFlag>(merged.length);
  // Bit k set when COACH_KINDS[k] is flagged: the kinds in catalogue order without a Set.
  let present = 0;
  for (let k = 0; k < merged.length; k++) {
    const candidate = merged[k] as Candidate;
    present |= 1 << candidate.order;
    flags[k] = toFlag(candidate);
  }
  const kinds: CoachKind[] = [];
  for (let k = 0; k < COACH_KINDS.length; k++)
    if ((present & (1 << k)) !== 0) kinds.push(COACH_KINDS[k] as CoachKind);
  return { kinds, flags };
}

const byKindThenStart = (a: Candidate, b: Candidate): number =>
  a.order - b.order || a.start - b.start || b.end - a.end;
const byStartThenKind = (a: Candidate, b: Candidate): number => a.start - b.start || a.order - b.order;

/** Sorts and joins overlapping spans of the same kind, so a kind never highlights a word twice. */
function mergeFlags(candidates: Candidate[]): Candidate[] {
  // The candidates are this call's own objects: sorted and extended in place.
  candidates.sort(byKindThenStart);
  const merged: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.kind === candidate.kind && candidate.start < previous.end) {
      if (candidate.end > previous.end) previous.end = candidate.end;
      continue;
    }
    merged.push(candidate);
  }
  return merged.sort(byStartThenKind);
}
