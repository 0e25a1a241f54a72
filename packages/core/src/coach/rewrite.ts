/**
 * Builds an "I"-statement from a message, after Rosenberg's Nonviolent Communication
 * (observation, feeling, need, request) and Gottman's "gentle start-up". What the coach cannot
 * tell from the message is left as a bracketed placeholder for the person to fill in.
 */
import { coach as catalogue } from "../i18n/en/coach.ts";
import { analyzeMessage } from "./analyze.ts";
import { segment } from "./normalize.ts";
import type { RewritePart, RewriteResult } from "./types.ts";

// Feelings named directly, and judgements about the other person mapped to the feeling under them.
const FEELINGS: Record<string, string> = {
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
};

interface NeedRule {
  words: readonly string[];
  need: string;
  request: string;
}

const NEEDS: readonly NeedRule[] = [
  {
    words: [
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
    words: [
      "late",
      "call",
      "called",
      "text",
      "texted",
      "wait",
      "waiting",
      "waited",
      "cancel",
      "cancelled",
      "canceled",
      "plans",
      "forgot",
      "forget",
      "promised",
      "show",
    ],
    need: "to be able to count on our plans",
    request: "text me when you are running more than fifteen minutes late",
  },
  {
    words: [
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
    words: [
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
      "everything",
    ],
    need: "to share the load at home",
    request: "sit down with me this week and split the chores in a way that feels fair to both of us",
  },
  {
    words: [
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
    words: [
      "care",
      "love",
      "attention",
      "time",
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
]);
const OBSERVATION_STOP = new Set([",", "and", "but", "because", "so", "then", "or", "which", "like"]);
const BLOCKING = new Set(["blame", "labeling", "contempt", "ultimatum"]);

function part(value: string | undefined, placeholder: string): RewritePart {
  return value === undefined
    ? { text: placeholder, filled: false, placeholder }
    : { text: value, filled: true, placeholder };
}

function findObservation(text: string): string | undefined {
  for (const sentence of segment(text)) {
    const words = sentence.words.filter((word) => !word.quoted).map((word) => word.w);
    const at = words.indexOf("you");
    if (at < 0) continue;
    const out: string[] = ["you"];
    for (let i = at + 1; i < words.length && out.length < 14; i++) {
      const w = words[i] ?? "";
      if (OBSERVATION_STOP.has(w)) break;
      if (w === "all" && words[i + 1] === "the" && words[i + 2] === "time") {
        i += 2;
        continue;
      }
      if (DROP.has(w)) continue;
      if (w === "never") {
        out.push("did", "not");
        continue;
      }
      if ((w === "do" || w === "does") && words[i + 1] === "not" && out.length === 1) {
        out.push("did");
        continue;
      }
      out.push(w);
    }
    if (out.length < 3) continue;
    const candidate = out.join(" ");
    // Only keep it if it now reads as a plain, unflagged observation.
    if (analyzeMessage(candidate).flags.length === 0) return candidate;
  }
  return undefined;
}

function findFeeling(text: string): string | undefined {
  for (const sentence of segment(text)) {
    for (const word of sentence.words) {
      const feeling = FEELINGS[word.w];
      if (feeling !== undefined && !word.quoted) return feeling;
    }
  }
  return undefined;
}

function findNeed(text: string): NeedRule | undefined {
  const words = new Set<string>();
  for (const sentence of segment(text)) for (const word of sentence.words) words.add(word.w);
  return NEEDS.find((rule) => rule.words.some((word) => words.has(word)));
}

/** Suggests an "I"-statement for a message; parts it could not fill are bracketed placeholders. */
export function suggestRewrite(text: string): RewriteResult {
  const source = typeof text === "string" ? text : "";
  const need = findNeed(source);
  const observation = part(findObservation(source), catalogue["coach.rewrite.placeholder.observation"]);
  const feeling = part(findFeeling(source), catalogue["coach.rewrite.placeholder.feeling"]);
  const needPart = part(need?.need, catalogue["coach.rewrite.placeholder.need"]);
  const request = part(need?.request, catalogue["coach.rewrite.placeholder.request"]);
  const parts = { observation, feeling, need: needPart, request };
  const ask = catalogue["coach.rewrite.request.ask"].replace("{request}", request.text);
  let whole = catalogue["coach.rewrite.template"]
    .replace("{observation}", observation.text)
    .replace("{feeling}", feeling.text)
    .replace("{need}", needPart.text)
    .replace("{request}", ask);
  // Belt and braces: the rewrite itself must not blame, label, mock or threaten.
  if (analyzeMessage(whole).flags.some((flag) => BLOCKING.has(flag.kind))) {
    parts.observation = part(undefined, catalogue["coach.rewrite.placeholder.observation"]);
    whole = catalogue["coach.rewrite.template"]
      .replace("{observation}", parts.observation.text)
      .replace("{feeling}", feeling.text)
      .replace("{need}", needPart.text)
      .replace("{request}", ask);
  }
  const placeholders = Object.values(parts)
    .filter((p) => !p.filled)
    .map((p) => p.placeholder);
  return { text: whole, parts, placeholders };
}
