/**
 * Crisis words: notices, as someone types, sentences that say they may want to die or hurt
 * themselves, may hurt someone, or are being hurt. The web app then offers resources gently; it
 * never blocks, stores or reports anything. Pure, small, and fast enough to run on every
 * keystroke (one pass over the text; the patterns only run on sentences holding a trigger word).
 *
 * It reads patterns, not single words: "I could kill for a coffee", "dead tired" and "kill the
 * lights" do not fire, and a negation just before a phrase ("I would never hurt myself") cancels
 * it. Emotional hurt ("he hurt me when he lied") is deliberately left to Mend's other tools, so
 * "hurt" alone counts only with a physical or self-directed sense.
 *
 * The phrase families follow the warning signs that crisis services ask people to listen for —
 * talking about wanting to die or to kill oneself, feeling a burden, having no reason to live
 * (988 Suicide & Crisis Lifeline, "Know the signs"; WHO, "Preventing suicide: a resource for
 * media professionals", 2017) — and the kinds of harm partner-violence screens ask about
 * (hitting, choking, forced sex, threats, fear of the partner; see check.ts).
 */

import { type CrisisKind, type CrisisMatch, MAX_CRISIS_TEXT } from "./crisis-kinds.ts";

export { CRISIS_KINDS, type CrisisKind, type CrisisMatch, MAX_CRISIS_TEXT } from "./crisis-kinds.ts";

interface Word {
  w: string;
  start: number;
  end: number;
}

// ——— Reading the text ———

// Words (letters, marks, digits; joined inside by an apostrophe or hyphen) and the marks that end
// a sentence or a clause. One global expression: linear, and Unicode-aware through \p{…}.
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:['\u2019\u2018\u02bc`-][\p{L}\p{M}\p{N}]+)*|[.!?;\n\u2026,:"\u201c\u201d()]/gu;
const SENTENCE_END = new Set([".", "!", "?", ";", "\n", "\u2026"]);
const APOSTROPHES = /[\u2019\u2018\u02bc`]/g;

// Spellings typed without apostrophes, texting forms, and a few words patterns read as one.
const SPELLINGS = new Map<string, string>(
  Object.entries({
    im: "i am",
    ive: "i have",
    dont: "do not",
    doesnt: "does not",
    didnt: "did not",
    cant: "can not",
    cannot: "can not",
    wont: "will not",
    wouldnt: "would not",
    couldnt: "could not",
    isnt: "is not",
    wasnt: "was not",
    havent: "have not",
    hes: "he is",
    shes: "she is",
    theres: "there is",
    wanna: "want to",
    gonna: "going to",
    kms: "kill myself",
    u: "you",
    bf: "boyfriend",
    gf: "girlfriend",
    hubby: "husband",
    anymore: "any more",
    unalive: "kill",
    "can't": "can not",
    "won't": "will not",
  }),
);
const PRONOUN_IS = new Set(["he", "she", "it", "that", "there", "what", "who"]);

function expand(token: string): string {
  const known = SPELLINGS.get(token);
  if (known !== undefined) return known;
  const apo = token.indexOf("'");
  if (apo <= 0) return token;
  const head = token.slice(0, apo);
  const tail = token.slice(apo + 1);
  if (tail === "t" && head.endsWith("n")) return `${head.slice(0, -1)} not`;
  if (tail === "m") return `${head} am`;
  if (tail === "re") return `${head} are`;
  if (tail === "ve") return `${head} have`;
  if (tail === "ll") return `${head} will`;
  if (tail === "d") return `${head} would`;
  if (tail === "s" && PRONOUN_IS.has(head)) return `${head} is`;
  return token;
}

/** Sentences of canonical words, each word remembering the span it came from. */
function sentences(text: string): Word[][] {
  const out: Word[][] = [];
  let words: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw.length === 1 && SENTENCE_END.has(raw)) {
      if (words.length > 0) out.push(words);
      words = [];
      continue;
    }
    const lower = raw.toLowerCase().replace(APOSTROPHES, "'");
    if (lower.length === 1 && !/[\p{L}\p{N}]/u.test(lower)) {
      // , : ( ) and double quotes mark a clause inside the sentence.
      words.push({ w: ",", start, end });
      continue;
    }
    const expanded = expand(lower);
    if (expanded.indexOf(" ") < 0) words.push({ w: expanded, start, end });
    else for (const w of expanded.split(" ")) words.push({ w, start, end });
  }
  if (words.length > 0) out.push(words);
  return out;
}

// ——— The patterns (over canonical words joined by single spaces) ———

const alt = (...parts: string[]): string => `(?:${parts.join("|")})`;
const ADV =
  "(?:(?:really|just|honestly|sometimes|often|still|seriously|actually|truly|literally|so|even|also|now|already|kind of|sort of) ){0,3}";
const PARTNER = alt(
  "partner",
  "wife",
  "husband",
  "boyfriend",
  "girlfriend",
  "spouse",
  "fianc[eé]e?",
  "ex",
  "other half",
);
const FAMILY = alt(
  "kids",
  "children",
  "child",
  "son",
  "daughter",
  "baby",
  "mum",
  "mom",
  "dad",
  "mother",
  "father",
  "brother",
  "sister",
);
const PERSON = alt(
  "you",
  "him",
  "her",
  "them",
  "someone",
  "somebody",
  `my ${PARTNER}`,
  `my ${FAMILY}`,
  "the kids",
  "the children",
  "the baby",
);
const SUBJECT = alt("he", "she", "they", "you", `my ${PARTNER}`, `my ${FAMILY}`);
const AUX = `(?:${alt("has", "have", "had", "is", "was", "are", "were", "keeps", "kept", "always", "often", "sometimes", "still", "again", "also", "even", "been", "used to", "started", "starts", "would", "will", "tried to", "tries to", "once")} ){0,3}`;
const MYSELF = alt("myself", "my self");
const ANY_MORE = alt("any more", "any longer");
const VIOLENT = alt(
  "kill",
  "murder",
  "hurt",
  "harm",
  "hit",
  "punch",
  "strangle",
  "choke",
  "stab",
  "shoot",
  "beat",
  "slap",
  "smack",
  "kick",
  "attack",
);
const VIOLENT_ING = alt(
  "killing",
  "murdering",
  "hurting",
  "harming",
  "hitting",
  "punching",
  "strangling",
  "choking",
  "stabbing",
  "shooting",
  "beating",
  "slapping",
  "smacking",
  "kicking",
  "attacking",
);
const MODAL = alt(
  "will",
  "would",
  "could",
  "might",
  "may",
  "am going to",
  "am about to",
  "want to",
  "wanted to",
  "need to",
  "swear i will",
  "feel like i (?:could|might|will|am going to)",
);
const FEAR = alt("scared", "afraid", "terrified", "frightened", "fearful");
const WILL = alt(
  "will",
  "would",
  "might",
  "could",
  "is going to",
  "are going to",
  "was going to",
  "were going to",
);

interface Pattern {
  kind: CrisisKind;
  re: RegExp;
}

const pattern = (kind: CrisisKind, source: string): Pattern => ({
  kind,
  // A word boundary in canonical text is a space or an end; no lookbehind, for older browsers.
  re: new RegExp(`(?:^| )(${source})(?= |$)`, "g"),
});

const SELF_HARM = [
  // "I want to die", "part of me wants to die" — not "die my hair", "die of embarrassment".
  `${alt("i", "part of me", "me")} ${ADV}${alt("want", "wanted", "wants", "need", "am ready", "would rather", "wish i could")} to die(?! ${alt("my", "her", "his", "your", "the", "it", "of", "from", "laughing", "with", "for")}(?: |$))`,
  // "I don't want to be here any more", "… to live any more", "… to exist".
  `i ${ADV}${alt("do not", "never")} want to ${alt("be here", "live", "go on", "keep going", "keep living", "be alive", "exist")} ${ANY_MORE}`,
  `i ${ADV}${alt("do not", "never")} want to ${alt("exist", "be alive", "keep living")}(?! ${alt("in", "with", "at", "near", "like", "there", "here", "without")}(?: |$))`,
  `i ${ADV}${alt("do not", "never")} want to wake up(?! ${alt("early", "at", "before", "so", "to", "when", "until", "next", "with", "in the middle")}(?: |$))`,
  // "thinking of ending it all", "thoughts of suicide".
  `${alt("think", "thinking", "thought", "thoughts", "considering", "planning", "plan", "dreaming")} ${alt("of", "about")} ${alt("ending it all", "ending my (?:own )?life", "killing myself", "suicide", `taking my (?:own )?life`, `hurting ${MYSELF}`, `harming ${MYSELF}`, "self-?harm(?:ing)?", "self harm(?:ing)?", `cutting ${MYSELF}`, "not being (?:here|alive|around)", "not waking up", "dying(?! (?:my|her|his|the|it)(?: |$))")}`,
  // "kill myself", "hurting myself", "end my life" — not accidents or hyperbole ("cut myself
  // shaving", "killing myself laughing", "killing myself trying to make this work").
  `${alt("kill", "killing", "hurt", "hurting", "harm", "harming", "cut", "cutting", "injure", "injuring")} ${MYSELF}(?! ${alt("shaving", "cooking", "laughing", "with laughter", "trying", "to", "over", "for", "at", "on", "in the", "playing", "doing", "while", "working", "lifting", "running", "by accident", "accidentally")}(?: |$))`,
  `${alt("end", "ending", "take", "taking")} my (?:own )?life(?! ${alt("back", "in", "seriously", "into", "forward", "apart")}(?: |$))`,
  `${alt("end", "ending")} it all`,
  "suicidal",
  `${alt("commit", "committing", "attempt", "attempted", "attempting")} suicide`,
  "suicide (?:note|plan|attempt)",
  "self-?harm(?:ing|ed|s)?",
  "self harm(?:ing|ed|s)?",
  // Feeling a burden: "everyone would be better off without me".
  `would be better off ${alt("without me", "if i (?:was|were) (?:gone|dead)")}`,
  "better off dead",
  `${alt("nobody", "no one", "no-one")} would ${alt("care", "notice", "miss me")} if i ${alt("died", "was gone", "were gone", "disappeared", "was dead", "were dead")}`,
  // No reason to live.
  `${alt("nothing", "nothing left", "no one", "nobody")} to live for`,
  `no ${alt("reason", "point")} (?:for me )?${alt("to live", "to keep living", "to go on", "to be alive", "to keep going", "in living", "in being alive", "in going on")}`,
  "not worth living",
  // Wishing to be dead — not "dead certain", "dead tired".
  `i ${ADV}wish i ${alt("was", "were", "could be")} dead(?! ${alt("certain", "sure", "serious", "right", "tired", "on", "set", "last", "wrong", "even")}(?: |$))`,
  `i ${ADV}wish i (?:had )?never ${alt("been born", "existed", "woke up")}`,
  `i ${ADV}wish i ${alt("could just disappear", "could disappear forever", "would not wake up", "could go to sleep and not wake up", "could fall asleep and not wake up")}`,
  `${alt("take", "taking", "swallow", "swallowing")} all (?:of )?${alt("my", "the", "these", "those")} ${alt("pills", "tablets", "meds", "medication")}`,
  `${alt("going to", "want to", "thinking of", "thinking about", "tried to", "try to")} overdose`,
  `i ${ADV}can not ${alt("go on", "keep going", "carry on")} ${ANY_MORE}`,
].map((s) => pattern("self-harm", s));

const HARM_TO_OTHERS = [
  // "I'm going to kill him", "I swear I'll kill her", "I could strangle her", "ill kill you".
  `${alt(`i ${ADV}${MODAL}`, "ill")} ${ADV}${VIOLENT} ${PERSON}(?! ${alt("feelings", "by", "emotionally", "if i", "at", "in chess", "in the game", "with words", "with the truth")}(?: |$))`,
  `i ${ADV}feel like ${VIOLENT_ING} ${PERSON}`,
  // A physical act the writer did: "I hit my girlfriend", "I pushed her against the wall" —
  // not "I hit him up", "I pushed her away", "I beat him at chess".
  `i ${ADV}${alt("hit", "punched", "slapped", "kicked", "choked", "strangled", "shoved", "pushed", "beat", "stabbed", "smacked", "attacked")} ${PERSON}(?! ${alt("up", "away", "to", "too", "into(?! (?:a|the) wall)", "at", "in chess", "in the game", "off", "with the news", "back")}(?: |$))`,
].map((s) => pattern("harm-to-others", s));

const BEING_HARMED = [
  // "He hits me", "my husband hit me again", "he's been hitting me" — not "hit me up".
  `${SUBJECT} ${AUX}${alt("hit", "hits", "hitting")} me(?! up(?: |$)| with (?:the|a|an|that|this|some|his|her) (?!${alt("belt", "bat", "stick", "bottle", "pan", "chair", "shoe", "phone", "fist", "hand")}(?: |$)))`,
  `${SUBJECT} ${AUX}${alt("punch", "punches", "punched", "punching", "slap", "slaps", "slapped", "slapping", "kick", "kicks", "kicked", "kicking", "choke", "chokes", "choked", "choking", "strangle", "strangles", "strangled", "strangling", "rape", "rapes", "raped", "raping", "stab", "stabs", "stabbed", "smack", "smacks", "smacked", "bit", "bites", "burned", "burnt", "attacked", "attacks", "abuses", "abused", "abusing", "physically hurts", "physically hurt", "hurts me physically")} me`,
  `${SUBJECT} ${AUX}${alt("beat", "beats", "beaten", "beating")} me(?! ${alt("at", "in", "to", "by", "again at", "again in", "again", "so")}(?: |$))`,
  `${SUBJECT} ${AUX}beat me (?:up|again(?! (?:at|in)(?: |$)))`,
  `${SUBJECT} ${AUX}${alt("push", "pushes", "pushed", "pushing", "shove", "shoves", "shoved", "shoving", "threw", "throws")} me (?:${alt("down", "over", "against", "off", "out of", "hard", "to the (?:ground|floor)", "into (?:a|the) (?:wall|door|table|floor)")}|,)`,
  `${SUBJECT} ${AUX}${alt("pushed", "shoved")} me$`,
  `${alt("grabbed", "grabs", "grabbing")} me by the ${alt("throat", "neck", "hair", "arm", "arms", "wrist", "wrists")}`,
  `${alt("grabbed", "grabs", "squeezed", "squeezes")} my ${alt("throat", "neck")}`,
  `${alt("put", "puts", "putting", "had", "wrapped")} ${alt("his", "her", "their")} hands? ${alt("around", "round", "on")} my ${alt("neck", "throat")}`,
  `${alt("forced", "forces", "forcing", "made", "makes", "pressured", "pressures")} me ${alt("to have sex", "into sex", "to sleep with", "into sleeping with", "to do sexual", "into sexual", "have sex")}`,
  `forced ${alt("himself", "herself", "themselves")} on me`,
  // Threats: "he threatened to kill me", "threatens to hurt the dog".
  `${alt("threatened", "threatens", "threatening", "threaten")} to ${VIOLENT} ${alt("me", "us", "the (?:kids|children|dog|cat|baby|pets?)", `my ${alt("kids", "children", "dog", "cat", "family", "pets?", "mum", "mom", "baby", "son", "daughter")}`)}`,
  `${alt("threatened", "threatens")} me with ${alt("a knife", "a gun", "a weapon", "his fists", "her fists")}`,
  // Threats of self-harm used as pressure: "he says he'll kill himself if I leave".
  `${alt("kill", "hurt", "harm")} ${alt("himself", "herself", "themselves", "themself")} if i`,
  `${alt("threatened", "threatens", "threatening")} to ${alt("kill", "hurt", "harm")} ${alt("himself", "herself", "themselves", "themself")}`,
  // Reported threats and fear of harm.
  `${SUBJECT} ${AUX}${alt("said", "says", "told me", "swore", "swears", "yelled", "screamed", "texted", "shouted")} (?:that )?${alt("he", "she", "they")} ${WILL} ${alt("kill", "hurt", "hit", "beat", "strangle", "stab", "shoot")} me`,
  `${WILL} ${alt("kill", "hurt", "hit", "beat")} me if i ${alt("leave", "left", "tell", "told", "go", "went", "call", "called", "report", "ever leave", "try to leave")}`,
  `${FEAR} (?:that )?${alt("he", "she", "they", `my ${PARTNER}`)} ${WILL} ${alt("hurt", "kill", "hit", "beat", "attack", "strangle", "choke", "rape", "harm")} me`,
  `${FEAR} of ${alt("him", "her", "them", `my ${PARTNER}`, "what (?:he|she|they) (?:will|would|might|could) do", "(?:his|her|their) (?:temper|anger|rage)")}(?! ${alt("reaction", "leaving", "going", "getting", "being", "finding")}(?: |$))`,
  `${alt(FEAR, "fear")} for my life`,
  `${FEAR} ${alt("to go home", "to go back home", "to be at home", "to be home", "to be alone with (?:him|her|them)")}`,
  `${alt("locks", "locked", "locking")} me ${alt("in", "up", "out of the house")}`,
  `${alt("will not", "would not", "does not", "did not")} let me ${alt("leave the house", "leave the room", "leave the flat", "leave the apartment", "go out", "see my family", "see my friends")}`,
].map((s) => pattern("being-harmed", s));

const PATTERNS: readonly Pattern[] = [...SELF_HARM, ...HARM_TO_OTHERS, ...BEING_HARMED];

// A sentence without one of these cannot match, so the patterns are not run on it.
const TRIGGERS = new Set(
  (
    "die died dying dead kill killing killed kills murder suicide suicidal hurt hurting hurts harm harming " +
    "self-harm self-harming self-harmed self-harms self cut cutting injure injuring live living alive exist here " +
    "wake born life overdose pills tablets meds medication on hit hits hitting punch punches punched punching " +
    "slap slaps slapped slapping kick kicks kicked kicking choke chokes choked choking strangle strangles " +
    "strangled strangling push pushes pushed pushing shove shoves shoved shoving beat beats beaten beating " +
    "stab stabs stabbed stabbing shoot smack smacks smacked bit bites burned burnt attack attacked attacks " +
    "abuses abused abusing rape rapes raped raping forced forces forcing made makes pressured pressures " +
    "sex neck throat scared afraid terrified frightened fearful fear locks locked locking let threw throws " +
    "threatened threatens threatening threaten grabbed grabs grabbing squeezed squeezes better ending end"
  ).split(" "),
);

// ——— Negation ———

const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "nobody",
  "none",
  "nothing",
  "neither",
  "nor",
  "without",
  "hardly",
  "barely",
]);
// "can't stop hurting myself" is not a negation of the act.
const NEGATION_UNDONE = new Set(["stop", "help", "resist"]);
const CLAUSE = new Set([",", "but", "and", "so", "because", "though", "although", "yet", "if"]);
// How many words before a phrase a negation may stand: "I would never hurt myself",
// "I'm not going to hurt myself" (3), but not "I don't know why I keep hurting myself".
const NEGATION_WINDOW = 3;

function negated(words: Word[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= NEGATION_WINDOW; i--) {
    const w = words[i]?.w ?? ",";
    if (CLAUSE.has(w)) return false;
    if (NEGATORS.has(w) && !NEGATION_UNDONE.has(words[i + 1]?.w ?? "")) return true;
  }
  return false;
}

// "He yelled 'I'll kill you'": the writer reports a threat against them.
const REPORTED_THREAT = new RegExp(
  `(?:^| )${SUBJECT} (?:${alt("said", "says", "told me", "yelled", "screamed", "shouted", "texted", "wrote", "threatened")})(?: |$)`,
);

// ——— Detection ———

/**
 * Finds crisis phrases in `text` (only its first 100,000 characters are read). Returns the
 * matches in text order, at most one per phrase and kind; an empty array when nothing is found.
 * Never throws, whatever the input.
 */
export function detectCrisis(text: string): CrisisMatch[] {
  const input = text.length > MAX_CRISIS_TEXT ? text.slice(0, MAX_CRISIS_TEXT) : text;
  const found: CrisisMatch[] = [];
  for (const words of sentences(input)) {
    if (!words.some((word) => TRIGGERS.has(word.w))) continue;
    const offsets: number[] = [];
    let canon = "";
    for (const word of words) {
      if (canon.length > 0) canon += " ";
      offsets.push(canon.length);
      canon += word.w;
    }
    for (const { kind, re } of PATTERNS) {
      re.lastIndex = 0;
      for (let m = re.exec(canon); m !== null; m = re.exec(canon)) {
        const phrase = m[1] ?? "";
        const at = m.index + m[0].length - phrase.length;
        const first = wordAt(offsets, at);
        const last = wordAt(offsets, at + phrase.length - 1);
        // Continue after this phrase's first word, so overlapping phrases are still seen.
        re.lastIndex = at + 1;
        if (negated(words, first)) continue;
        const reported = kind === "harm-to-others" && REPORTED_THREAT.test(canon.slice(0, at));
        const start = words[first]?.start ?? 0;
        const end = words[last]?.end ?? start;
        found.push({ kind: reported ? "being-harmed" : kind, start, end });
      }
    }
  }
  return merge(found);
}

/** Index of the word that holds canonical offset `pos` (binary search). */
function wordAt(offsets: number[], pos: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Sorts by position and joins overlapping matches of the same kind into one. */
function merge(matches: CrisisMatch[]): CrisisMatch[] {
  matches.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const out: CrisisMatch[] = [];
  for (const match of matches) {
    const same = out.findLast((m) => m.kind === match.kind);
    if (same && match.start < same.end) same.end = Math.max(same.end, match.end);
    else out.push({ ...match });
  }
  return out;
}

/** Whether any crisis phrase is present (the cheap question a text box asks on each keystroke). */
export function hasCrisis(text: string): boolean {
  return detectCrisis(text).length > 0;
}
