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

function applyRule(rule: Rule, sentence: Sentence, out: Candidate[]): void {
  let triggered = false;
  for (const trigger of rule.triggers) {
    if (sentence.vocab.has(trigger)) {
      triggered = true;
      break;
    }
  }
  if (!triggered) return;
  if (rule.notInQuestion && sentence.question) return;
  const { canon } = sentence;
  const re = rule.re;
  re.lastIndex = 0;
  for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
    const whole = m.indices?.[0];
    if (whole === undefined) break;
    const [mStart, mEnd] = whole;
    if (mEnd === mStart) {
      re.lastIndex++;
      continue;
    }
    const first = wordAt(sentence, mStart);
    const last = wordAt(sentence, mEnd - 1);
    const firstWord = sentence.words[first];
    if (firstWord === undefined || firstWord.quoted) continue;
    const before = canon.slice(Math.max(0, mStart - 80), mStart);
    const after = canon.slice(mEnd, mEnd + 80);
    if (rule.negatable !== false && negatedBefore(sentence, first, firstWord.w)) continue;
    if (rule.hedgeable !== false && HEDGE.test(before)) continue;
    if (rule.notPrecededBy?.test(before)) continue;
    if (rule.notFollowedBy?.test(after)) continue;
    if (rule.notSpecificTime && SPECIFIC_TIME.test(` ${canon} `)) continue;
    if (rule.complaint === true && !isComplaint(sentence, first, last)) continue;
    if (rule.complaint === "soft" && isWarm(sentence, first, last) && !isComplaint(sentence, first, last))
      continue;

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
    if (startWord === undefined || endWord === undefined) continue;
    out.push({ kind: rule.kind, target, start: startWord.start, end: endWord.end });
  }
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

/**
 * Finds blame, thinking traps, contempt and ultimatums in a message as the person types.
 * Pure and synchronous; the same text always gives the same flags.
 */
export function analyzeMessage(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  const wanted = options.kinds ? new Set<CoachKind>(options.kinds) : undefined;
  const candidates: Candidate[] = [];
  if (typeof text === "string" && text.length > 0) {
    for (const sentence of segment(text)) {
      for (const rule of RULES) {
        if (wanted && !wanted.has(rule.kind)) continue;
        applyRule(rule, sentence, candidates);
      }
    }
  }
  const flags = mergeFlags(candidates).map((candidate): CoachFlag => {
    const eKey = explanationKey(candidate.kind, candidate.target);
    const sKey = suggestionKey(candidate.kind, candidate.target);
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
