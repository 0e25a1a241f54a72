/**
 * Builds an "I"-statement from a message, after Rosenberg's Nonviolent Communication
 * (observation, feeling, need, request) and Gottman's "gentle start-up". What the coach cannot
 * tell from the message is left as a bracketed placeholder for the person to fill in.
 */
import { analyzeMessage } from "./analyze.ts";
import { coachText } from "./catalogue.ts";
import { type Sentence, segment, type Word } from "./normalize.ts";
import type { RewritePart, RewriteResult } from "./types.ts";

// Feelings named directly, and judgements about the other person mapped to the feeling under them.
// A Map, so that a word such as "constructor" is not looked up on Object.prototype.
const FEELINGS = new Map<string, string>(
  Object.entries({
    hurt: "hurt",
    sad: "sad",
    lonely: "lonely",
    alone: "lonely",
    angry: "angry",
    mad: "angry",
    furious: "angry",
    frustrated: "frustrated",
    annoyed: "frustrated",
    irritated: "frustrated",
    scared: "scared",
    afraid: "scared",
    frightened: "scared",
    worried: "worried",
    anxious: "anxious",
    nervous: "anxious",
    disappointed: "disappointed",
    embarrassed: "embarrassed",
    humiliated: "embarrassed",
    overwhelmed: "overwhelmed",
    exhausted: "exhausted",
    tired: "tired",
    jealous: "insecure",
    insecure: "insecure",
    confused: "confused",
    ignored: "lonely",
    invisible: "lonely",
    unheard: "unheard",
    disrespected: "hurt",
    abandoned: "scared and alone",
    betrayed: "hurt",
    used: "hurt",
    unappreciated: "unappreciated",
    unloved: "sad",
    unwanted: "sad",
    stupid: "small",
    small: "small",
    worthless: "small",
    crazy: "unsettled",
    upset: "upset",
    stressed: "stressed",
    guilty: "guilty",
    ashamed: "ashamed",
    miserable: "sad",
    depressed: "low",
    heartbroken: "heartbroken",
  }),
);

interface NeedRule {
  /** Canonical words or word sequences that point at this need ("call me", not "call": "you call that…"). */
  cues: readonly string[];
  need: string;
  request: string;
}

// Each need and request is worded so that the whole rewrite raises no flag of its own (a test
// checks every one): "I need to be able to…" would read as a "should".
const NEEDS: readonly NeedRule[] = [
  {
    cues: [
      "lie",
      "lied",
      "lies",
      "lying",
      "liar",
      "honest",
      "truth",
      "hide",
      "hid",
      "hiding",
      "secret",
      "secrets",
      "cheat",
      "cheated",
      "cheating",
    ],
    need: "honesty between us",
    request: "tell me what is going on, even when it is hard to say",
  },
  {
    cues: [
      "late",
      "on time",
      "call me",
      "called me",
      "calls me",
      "call back",
      "call me back",
      "text me",
      "texted me",
      "text back",
      "text me back",
      "wait",
      "waiting",
      "waited",
      "cancel",
      "cancelled",
      "canceled",
      "plans",
      "forgot",
      "forget",
      "forgotten",
      "promised",
      "show up",
      "showed up",
    ],
    need: "to know I can count on our plans",
    request: "text me when you are running more than fifteen minutes late",
  },
  {
    cues: [
      "listen",
      "listening",
      "listened",
      "hear",
      "heard",
      "phone",
      "ignore",
      "ignored",
      "ignoring",
      "interrupt",
      "interrupted",
      "talk",
      "talking",
    ],
    need: "to feel heard",
    request: "put our phones away for ten minutes tonight so we can talk",
  },
  {
    cues: [
      "help",
      "helped",
      "helping",
      "chores",
      "dishes",
      "laundry",
      "clean",
      "cleaning",
      "house",
      "kids",
      "cook",
      "cooking",
      "housework",
    ],
    need: "to share the load at home",
    request: "sit down with me this week and split the chores in a way that feels fair to both of us",
  },
  {
    cues: [
      "yell",
      "yelled",
      "yelling",
      "shout",
      "shouted",
      "rude",
      "mock",
      "mocked",
      "insult",
      "insulted",
      "disrespect",
      "disrespected",
      "respect",
    ],
    need: "respect, even when we disagree",
    request: "take a short break with me when things heat up, and come back when we are both calm",
  },
  {
    cues: [
      "care",
      "love",
      "attention",
      "time together",
      "time for me",
      "time with me",
      "together",
      "distant",
      "affection",
      "touch",
      "miss",
      "alone",
      "lonely",
      "work",
      "busy",
    ],
    need: "to feel close to you",
    request: "plan one evening this week that is just for the two of us",
  },
];

// Words that carry the exaggeration or the jab; the observation drops them.
const DROP = new Set([
  "always",
  "constantly",
  "continually",
  "forever",
  "even",
  "just",
  "obviously",
  "clearly",
  "literally",
  "seriously",
  "again",
  "ever",
  "really",
  "totally",
  "completely",
  "fucking",
  "freaking",
  "so",
  "still",
  // Jabs at a thing ("that stupid car") that are no part of what happened.
  "stupid",
  "dumb",
  "idiotic",
  "ridiculous",
  "pathetic",
  "useless",
  "damn",
  "bloody",
]);
const OBSERVATION_STOP = new Set([",", "and", "but", "because", "so", "then", "or", "which", "like"]);
const BLOCKING = new Set(["blame", "labeling", "contempt", "ultimatum"]);

function part(value: string | undefined, placeholder: string): RewritePart {
  return value === undefined
    ? { text: placeholder, filled: false, placeholder }
    : { text: value, filled: true, placeholder };
}

// Words an observation cannot end on: "When you had not been, I feel…" says nothing.
const DANGLING = new Set([
  "a",
  "about",
  "am",
  "an",
  "are",
  "as",
  "at",
  "be",
  "been",
  "being",
  "by",
  "can",
  "could",
  "did",
  "do",
  "does",
  "for",
  "from",
  "had",
  "has",
  "have",
  "he",
  "her",
  "his",
  "i",
  "if",
  "in",
  "into",
  "is",
  "my",
  "not",
  "of",
  "on",
  "our",
  "should",
  "than",
  "that",
  "the",
  "their",
  "they",
  "to",
  "was",
  "we",
  "were",
  "when",
  "will",
  "with",
  "would",
  "your",
]);
// After these, "so" joins a new clause ("…late, so we missed it"); before anything else it only
// intensifies ("so late") and is dropped.
const CLAUSE_SUBJECTS = new Set(["i", "we", "you", "he", "she", "they", "it", "now", "that", "there"]);

/** A word as the person typed it when reading it changed only its case; else its canonical form. */
function asTyped(text: string, word: Word): string {
  if (word.w === "i") return "I";
  const typed = text.slice(word.start, word.end);
  return typed.toLowerCase() === word.w ? typed : word.w;
}

/**
 * The plain account of what happened, from `words[from]` on: the exaggerations dropped ("always",
 * "so"), "never" read as one time it did not happen, stopped at the end of the clause.
 */
function observationFrom(
  text: string,
  words: readonly Word[],
  from: number,
  lead: string[],
  keepReported = false,
): string[] {
  const out = [...lead];
  for (let i = from; i < words.length && out.length < 14; i++) {
    const word = words[i] as Word;
    // Someone else's words are no part of what happened, except what "you should have told me"
    // reports: that is the very thing not said.
    if (word.quoted && !keepReported) continue;
    const w = word.w;
    const next = words[i + 1]?.w;
    if (w === "so" && next !== undefined && !CLAUSE_SUBJECTS.has(next)) continue;
    if (OBSERVATION_STOP.has(w)) break;
    if (w === "all" && next === "the" && words[i + 2]?.w === "time") {
      i += 2;
      continue;
    }
    if (DROP.has(w)) continue;
    if (w === "never") {
      out.push("did", "not");
      continue;
    }
    if ((w === "do" || w === "does") && next === "not" && out.length === 1) {
      out.push("did");
      continue;
    }
    if (next === "'s" && words[i + 1]?.start === word.start) {
      // A possessive ("Sam's") is one word as typed.
      out.push(text.slice(word.start, word.end));
      i++;
      continue;
    }
    out.push(asTyped(text, word));
  }
  while (out.length > 0 && DANGLING.has((out[out.length - 1] ?? "").toLowerCase())) out.pop();
  return out;
}

/** Where a sentence says what happened: after "it's your fault (that)", else from "you" on. */
function observationCandidates(text: string, words: readonly Word[]): string[][] {
  const found: string[][] = [];
  const fault = words.findIndex((word) => word.w === "fault" && !word.quoted);
  if (fault >= 0) {
    const from = words[fault + 1]?.w === "that" ? fault + 2 : fault + 1;
    if (words[from] !== undefined && words[from]?.w !== ",")
      found.push(observationFrom(text, words, from, []));
  }
  const at = words.findIndex((word) => word.w === "you" && !word.quoted);
  // "if you had…" imagines what did not happen: no observation there.
  const counterfactual = words[at - 1]?.w === "if" && words[at + 1]?.w === "had";
  if (at >= 0 && !counterfactual) {
    // "You should have told me" says what did not happen: "you had not told me".
    const after = (k: number): string | undefined => words[at + k]?.w;
    // "should have known better", "should have been": a verdict, not something that happened.
    if (after(1) === "should" && after(2) === "have" && after(3) !== "known" && after(3) !== "been")
      found.push(observationFrom(text, words, at + 3, ["you", "had", "not"], true));
    else if (after(1) === "should" && after(2) === "not" && after(3) === "have")
      found.push(observationFrom(text, words, at + 4, ["you"]));
    else found.push(observationFrom(text, words, at + 1, ["you"]));
  }
  return found;
}

function findObservation(text: string, sentences: readonly Sentence[]): string | undefined {
  for (const sentence of sentences) {
    for (const out of observationCandidates(text, sentence.words)) {
      if (out.length < 3) continue;
      const candidate = out.join(" ");
      // Only keep it if it now reads as a plain, unflagged observation.
      if (analyzeMessage(candidate).flags.length === 0) return candidate;
    }
  }
  return undefined;
}

// Judgements that name a feeling only when said of oneself ("you make me feel stupid"), not of a
// thing ("that stupid car").
const FELT_ONLY = new Set(["stupid", "small", "worthless", "crazy", "used", "invisible", "alone"]);
const FEELING_LEADS = new Set(["feel", "felt", "feeling", "feels", "me", "am", "was"]);

/** Whether one of the three words before `i` says the word names a feeling ("I felt so stupid"). */
function saidAsFeeling(words: readonly Word[], i: number): boolean {
  for (let k = Math.max(0, i - 3); k < i; k++) if (FEELING_LEADS.has(words[k]?.w ?? "")) return true;
  return false;
}

/** The feeling the person names ("I felt stupid") before one that is implied ("you ignored me"). */
function findFeeling(sentences: readonly Sentence[]): string | undefined {
  let implied: string | undefined;
  for (const sentence of sentences) {
    const { words } = sentence;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as Word;
      const feeling = FEELINGS.get(word.w);
      if (feeling === undefined || word.quoted) continue;
      if (saidAsFeeling(words, i)) return feeling;
      if (implied === undefined && !FELT_ONLY.has(word.w)) implied = feeling;
    }
  }
  return implied;
}

/** The need whose cues the message names most often (the first listed on a tie). */
function findNeed(sentences: readonly Sentence[]): NeedRule | undefined {
  const canon = sentences.map((sentence) => ` ${sentence.canon} `).join("");
  let best: NeedRule | undefined;
  let bestCount = 0;
  for (const rule of NEEDS) {
    let count = 0;
    for (const cue of rule.cues) if (canon.includes(` ${cue} `)) count++;
    if (count > bestCount) {
      best = rule;
      bestCount = count;
    }
  }
  return best;
}

/** Suggests an "I"-statement for a message; parts it could not fill are bracketed placeholders. */
export function suggestRewrite(text: string): RewriteResult {
  const source = typeof text === "string" ? text : "";
  // Read once; the observation, the feeling and the need are all taken from the same sentences.
  const sentences = segment(source);
  const need = findNeed(sentences);
  const observation = part(
    findObservation(source, sentences),
    coachText("coach.rewrite.placeholder.observation"),
  );
  const feeling = part(findFeeling(sentences), coachText("coach.rewrite.placeholder.feeling"));
  const needPart = part(need?.need, coachText("coach.rewrite.placeholder.need"));
  const request = part(need?.request, coachText("coach.rewrite.placeholder.request"));
  const parts = { observation, feeling, need: needPart, request };
  const ask = coachText("coach.rewrite.request.ask").replace("{request}", request.text);
  const fill = (observationText: string): string =>
    coachText("coach.rewrite.template")
      .replace("{observation}", observationText)
      .replace("{feeling}", feeling.text)
      .replace("{need}", needPart.text)
      .replace("{request}", ask);
  let whole = fill(observation.text);
  // Belt and braces: the rewrite itself must not blame, label, mock or threaten.
  if (analyzeMessage(whole).flags.some((flag) => BLOCKING.has(flag.kind))) {
    parts.observation = part(undefined, coachText("coach.rewrite.placeholder.observation"));
    whole = fill(parts.observation.text);
  }
  const placeholders = Object.values(parts)
    .filter((p) => !p.filled)
    .map((p) => p.placeholder);
  return { text: whole, parts, placeholders };
}
