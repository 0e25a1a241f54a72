/**
 * Turns free text into sentences of canonical words (lower case, straight apostrophes,
 * contractions and texting spellings expanded) while remembering where each word came from,
 * so that every flag can point back at the exact UTF-16 span the person typed.
 */

export interface Word {
  /** Canonical form, e.g. "not" for the second half of "don’t". */
  w: string;
  start: number;
  end: number;
  /** Inside quotation marks or reported speech: someone else's words, not the writer's. */
  quoted: boolean;
  /** The word's number in the vocabulary given to `segment` (see Tokens), else -1. */
  id: number;
}

export interface Sentence {
  words: Word[];
  /** Canonical words joined by single spaces; rules match against this. */
  canon: string;
  /** Start offset in `canon` of each word (ascending). */
  offsets: number[];
  question: boolean;
}

// Longest message we look at; longer input is analysed up to this point.
export const MAX_ANALYZED_LENGTH = 100_000;

const APOSTROPHES = new Set(["\u2019", "\u2018", "\u02bc", "\u2032", "`", "\u00b4"]);
const DOUBLE_QUOTES = new Set(['"', "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb", "\u2033"]);

const APOSTROPHE_RE = /[\u2019\u2018\u02bc\u2032`\u00b4]/g;
const DOUBLE_QUOTE_RE = /[\u201c\u201d\u201e\u00ab\u00bb\u2033]/g;

/** Same-length lower-casing: characters whose lower case changes length are left alone. */
function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: almost all text lower-cases to the same length, so offsets are unchanged.
  if (lower.length === text.length) return lower.replace(APOSTROPHE_RE, "'").replace(DOUBLE_QUOTE_RE, '"');
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (APOSTROPHES.has(ch)) {
      out += "'";
      continue;
    }
    if (DOUBLE_QUOTES.has(ch)) {
      out += '"';
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

// Texting spellings and apostrophe-less contractions people type on phones.
const SPELLINGS = new Map<string, string>(
  Object.entries({
    u: "you",
    ya: "you",
    yu: "you",
    youre: "you are",
    "you're": "you are",
    yr: "your",
    ure: "you are",
    im: "i am",
    ive: "i have",
    youve: "you have",
    youll: "you will",
    theyre: "they are",
    theyll: "they will",
    hes: "he is",
    shes: "she is",
    thats: "that is",
    whats: "what is",
    its: "it is",
    theres: "there is",
    dont: "do not",
    doesnt: "does not",
    didnt: "did not",
    isnt: "is not",
    arent: "are not",
    wasnt: "was not",
    werent: "were not",
    havent: "have not",
    hasnt: "has not",
    hadnt: "had not",
    wouldnt: "would not",
    shouldnt: "should not",
    couldnt: "could not",
    cant: "can not",
    cannot: "can not",
    wont: "will not",
    aint: "is not",
    "can't": "can not",
    "won't": "will not",
    "ain't": "is not",
    "shan't": "shall not",
    gonna: "going to",
    gotta: "got to",
    wanna: "want to",
    shoulda: "should have",
    "should've": "should have",
    shouldve: "should have",
    coulda: "could have",
    woulda: "would have",
    shud: "should",
    shld: "should",
    r: "are",
    ppl: "people",
    every1: "everyone",
    no1: "no one",
    noone: "no one",
    nobody: "no one",
    everybody: "everyone",
    everyones: "everyone is",
    everybodys: "everyone is",
    everythings: "everything is",
    nobodys: "no one is",
    evry: "every",
    alwys: "always",
    allways: "always",
    alway: "always",
    nvr: "never",
    neva: "never",
    nevr: "never",
    bc: "because",
    thx: "thanks",
    b4: "before",
    cuz: "because",
    coz: "because",
    cos: "because",
    bcuz: "because",
    bcz: "because",
    tho: "though",
    thru: "through",
    rly: "really",
    srsly: "seriously",
    prob: "probably",
    prolly: "probably",
    def: "definitely",
    ppls: "people",
    idk: "i do not know",
    ofc: "of course",
    wat: "what",
    wut: "what",
    y: "why",
    // "ur" is both "your" and "you're"; patterns treat it as either.
    ur: "ur",
  }),
);

const PRONOUN_IS = new Set([
  "it",
  "he",
  "she",
  "that",
  "what",
  "there",
  "here",
  "who",
  "everyone",
  "everything",
  "nothing",
  "life",
  "this",
  "where",
  "how",
  "something",
  "one",
  "someone",
  "somebody",
]);

/** True when some character appears three times in a row ("sooo"): same test as /(.)\1\1/. */
function hasTripled(token: string): boolean {
  for (let i = 2; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === token.charCodeAt(i - 1) && c === token.charCodeAt(i - 2) && !isLineBreak(c)) return true;
  }
  return false;
}

// "." in a regular expression does not match these.
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;

function expand(token: string): string {
  return SPELLINGS.get(token) ?? expandUnlisted(token);
}

/** `expand` for a token known not to be a listed spelling (Tokens lists them all). */
function expandUnlisted(token: string): string {
  const apo = token.indexOf("'");
  if (apo > 0) {
    const typed = token.slice(0, apo);
    const tail = token.slice(apo + 1);
    if (tail === "t" && typed.endsWith("n")) return `${typed.slice(0, -1)} not`;
    // "nobody's", "u'll": the head is read as its own word would be ("no one 's", "you will").
    const head = SPELLINGS.get(typed) ?? typed;
    if (tail === "m") return `${head} am`;
    if (tail === "re") return `${head} are`;
    if (tail === "ve") return `${head} have`;
    if (tail === "ll") return `${head} will`;
    if (tail === "d") return `${head} would`;
    if (tail === "s") return PRONOUN_IS.has(head) ? `${head} is` : `${head} 's`;
    return head;
  }
  // "sooo", "neverrr": collapse letters repeated three or more times.
  if (hasTripled(token)) return token.replace(/(.)\1{2,}/g, "$1");
  return token;
}

const SENTENCE_END = new Set([".", "!", "?", ";", "\n", "\u2026", ":"]);
// Emoji that carry meaning for the coach; any other pictograph just ends a sentence. Maps, so a
// word such as "constructor" is not looked up on Object.prototype.
const EMOJI_WORDS = new Map([
  ["\u{1F644}", "emoji_eyeroll"],
  ["\u{1F612}", "emoji_unamused"],
  ["\u{1F921}", "emoji_clown"],
]);
// Words that start a new clause, so reported speech ("he said …") ends there.
const CLAUSE_BREAK_WORDS = new Set(["and", "but", "so", "because", "then"]);
// Words before a quote (or in a lead-in ending with a colon) that make it the writer's, or in a
// clinician's note the client's, own thought.
const THOUGHT_WORDS = new Set([
  "think",
  "thinking",
  "thought",
  "thoughts",
  "believe",
  "belief",
  "myself",
  "client",
  "pt",
  "patient",
]);
// Verbs that introduce someone else's words: what follows is reported, not the writer's claim.
const REPORTING = new Set([
  "said",
  "says",
  "told",
  "tells",
  "called",
  "calls",
  "yelled",
  "screamed",
  "wrote",
  "texted",
]);

/** What the tokeniser needs to know about one token as typed: read from one map lookup. */
interface TokenInfo {
  /** Its canonical words ("don't" → "do", "not") and their vocabulary numbers. */
  words: readonly string[];
  ids: readonly number[];
  /** Starts a new clause, ending reported speech. */
  clauseBreak: boolean;
  /** Introduces reported speech ("said"). */
  reporting: boolean;
}

/**
 * Tokens with something to say, each looked up once: spellings, clause and reporting words and
 * every word of a vocabulary (the planner's, plan.ts), so that one lookup per token serves both
 * reading the text and planning which rules to try. A token not listed is none of these; it only
 * changes through the rules of `expand` (apostrophes, letters said three times).
 */
export class Tokens {
  private readonly known = new Map<string, TokenInfo>();

  constructor(private readonly vocabulary: ReadonlyMap<string, number> = new Map()) {
    const keys = [...vocabulary.keys(), ...SPELLINGS.keys(), ...CLAUSE_BREAK_WORDS, ...REPORTING];
    for (const key of keys) {
      const words = expand(key).split(" ");
      this.known.set(key, {
        words,
        ids: words.map((word) => vocabulary.get(word) ?? -1),
        clauseBreak: CLAUSE_BREAK_WORDS.has(key),
        reporting: REPORTING.has(key),
      });
    }
  }

  info(raw: string): TokenInfo | undefined {
    return this.known.get(raw);
  }

  /** The vocabulary number of a canonical word, else -1. */
  idOf(word: string): number {
    return this.vocabulary.get(word) ?? -1;
  }
}

// Tokens, as the coach reads them: words (letters, marks and digits, joined inside by ' or -), the
// punctuation marks that matter, a lone quote, and pictographs (emoji) on their own. A hand-written
// scanner rather than one global regular expression: it is several times faster, and the cost
// of reading the text is paid on every keystroke.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy;
const PICTOGRAPH = /\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/uy;
const PUNCTUATION = new Set([".", "!", "?", ";", ":", ",", '"', "(", ")", "\n", "\u2026"]);
const SINGLE_PICTOGRAPH = /^\p{Extended_Pictographic}$|^[\u{1F1E6}-\u{1F1FF}]$/u;

/** Length (in UTF-16 units) of the letter, mark or digit starting at `i`, else 0. */
function wordCharAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

/** End of the word starting at `start`: letters, with ' or - allowed between two of them. */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    for (let n = wordCharAt(text, end); n > 0; n = wordCharAt(text, end)) end += n;
    const c = text.charCodeAt(end);
    if (c !== 0x27 && c !== 0x2d) return end;
    const n = wordCharAt(text, end + 1);
    if (n === 0) return end;
    end += 1 + n;
  }
}

/** Length of the pictograph starting at `i`, else 0. */
function pictographAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  // Below U+00A9 (©) there are no pictographs.
  if (c < 0xa9) return 0;
  PICTOGRAPH.lastIndex = i;
  return PICTOGRAPH.test(text) ? PICTOGRAPH.lastIndex - i : 0;
}

/** How far to step over a character that is no token: one code point. */
function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

// Words a possessive "your" is not followed by: before them it is "you're" typed without the
// apostrophe ("your a liar", "your going to forget").
const AFTER_YOUR = new Set(
  "a an the such so going gonna not always never being just literally honestly clearly obviously acting lying kidding pathetic ridiculous unbelievable delusional".split(
    " ",
  ),
);

// Words after which "ill" can only be "I'll" ("ill never", "ill be late"), never "ill" as in sick.
const AFTER_ILL = new Set([
  "never",
  "always",
  "be",
  "get",
  "end",
  "fail",
  "just",
  "probably",
  "definitely",
  "lose",
  "have",
  "die",
  "mess",
  "screw",
  "ruin",
  "make",
  "go",
  "look",
  "do",
  "say",
  "regret",
  "miss",
  "stay",
  "keep",
  "forever",
  "totally",
  "ever",
  "only",
  "still",
  "try",
  "call",
  "text",
  "see",
  "tell",
  "wind",
  "need",
]);

// …and only where a clause starts ("she was ill never mind" is about being sick).
const BEFORE_ILL = new Set([
  ",",
  "and",
  "but",
  "so",
  "then",
  "because",
  "or",
  "now",
  "if",
  "when",
  "that",
  "think",
  "know",
  "guess",
  "probably",
  "prob",
]);

/** Start and end of the word after offset `from` (after spaces only), else an empty range. */
function nextWord(text: string, from: number): [number, number] {
  let i = from;
  while (text.charCodeAt(i) === 0x20) i++;
  return wordCharAt(text, i) > 0 ? [i, wordEnd(text, i)] : [i, i];
}

const PLAIN_TOKENS = new Tokens();

/** The sentences of `input`; words get their numbers in the vocabulary of `tokens` (-1 without). */
export function segment(input: string, tokens: Tokens = PLAIN_TOKENS): Sentence[] {
  const text = input.length > MAX_ANALYZED_LENGTH ? input.slice(0, MAX_ANALYZED_LENGTH) : input;
  const folded = foldCase(text);
  const out = new SentenceList();
  let inDouble = false;
  let inSingle = false;
  // A quote right after "thinking", "the thought", "myself" is the thought itself, not someone
  // else's words: "I keep thinking 'I'm such a failure'". So is one after a colon that closes a
  // clinician's lead-in ("Pt stated:", "Client describes thought at work:").
  let ownThought = false;
  let thoughtCue = false;
  const quotedNow = (): boolean =>
    (inDouble || inSingle) && ownThought ? false : inDouble || inSingle || out.reported;
  const opensOwnThought = (): boolean =>
    out.words.length === 0 ? thoughtCue : THOUGHT_WORDS.has(out.words[out.words.length - 1]?.w ?? "");

  let i = 0;
  while (i < folded.length) {
    const start = i;
    // Spaces are most of what is not a word: step over them before the slower tests below.
    if (folded.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    if (wordCharAt(folded, i) > 0) {
      const end = wordEnd(folded, i);
      i = end;
      const raw = folded.slice(start, end);
      // A lone letter-like pictograph (ℹ) ends the sentence like any other pictograph.
      if (raw.length <= 2 && raw.charCodeAt(0) >= 0x80 && SINGLE_PICTOGRAPH.test(raw)) {
        out.flush();
        continue;
      }
      // "ill never" typed for "I'll never", "your a liar" for "you're a liar": read so only where
      // the words around allow nothing else ("ill" as in sick, "your" as in yours).
      const pair =
        raw === "ill" &&
        BEFORE_ILL.has(out.words[out.words.length - 1]?.w ?? ",") &&
        AFTER_ILL.has(folded.slice(...nextWord(folded, end)))
          ? ["i", "will"]
          : raw === "your" && AFTER_YOUR.has(folded.slice(...nextWord(folded, end)))
            ? ["you", "are"]
            : null;
      if (pair !== null) {
        const quoted = quotedNow();
        for (const w of pair) out.words.push({ w, start, end, quoted, id: tokens.idOf(w) });
        continue;
      }
      const info = tokens.info(raw);
      if (info !== undefined) {
        if (info.clauseBreak) out.reported = false;
        const quoted = quotedNow();
        for (let k = 0; k < info.words.length; k++)
          out.words.push({ w: info.words[k] ?? "", start, end, quoted, id: info.ids[k] ?? -1 });
        if (info.reporting) out.reported = true;
        continue;
      }
      // Not a listed token: no clause or reporting word, no spelling; at most an apostrophe or a
      // tripled letter to undo, and its words are in the vocabulary only if it changed.
      const quoted = quotedNow();
      const expanded = expandUnlisted(raw);
      if (expanded === raw) out.words.push({ w: raw, start, end, quoted, id: -1 });
      else
        for (const part of expanded.split(" "))
          out.words.push({ w: part, start, end, quoted, id: tokens.idOf(part) });
      continue;
    }
    const ch = folded.charAt(i);
    if (PUNCTUATION.has(ch)) {
      i++;
      if (ch === '"') {
        inDouble = !inDouble;
        if (inDouble && !inSingle) ownThought = opensOwnThought();
      } else if (SENTENCE_END.has(ch)) {
        if (ch === "?") out.question = true;
        // "Pt stated: "…"": the colon ends a sentence, and the quote after it is the thought.
        thoughtCue = ch === ":" && out.words.some((word) => THOUGHT_WORDS.has(word.w));
        out.flush();
      } else {
        // "," "(" ")": a clause mark.
        out.reported = false;
        out.words.push({
          w: ",",
          start,
          end: i,
          quoted: quotedNow(),
          id: tokens.idOf(","),
        });
      }
      continue;
    }
    if (ch === "'") {
      i++;
      // A lone straight quote opens before a word and closes after one.
      const before = start > 0 ? folded.charAt(start - 1) : " ";
      if (!inSingle && /\s|^$|[(:]/.test(before)) {
        inSingle = true;
        if (!inDouble) ownThought = opensOwnThought();
      } else if (inSingle) inSingle = false;
      continue;
    }
    const length = pictographAt(folded, i);
    if (length > 0) {
      i += length;
      const emoji = EMOJI_WORDS.get(folded.slice(start, i));
      if (emoji !== undefined)
        out.words.push({ w: emoji, start, end: i, quoted: false, id: tokens.idOf(emoji) });
      out.flush();
      continue;
    }
    i += codePointLength(folded, i);
  }
  out.flush();
  return out.sentences;
}

/** The sentences read so far and the words of the one being read. */
class SentenceList {
  readonly sentences: Sentence[] = [];
  words: Word[] = [];
  /** Inside reported speech ("he said …") until the clause ends. */
  reported = false;
  question = false;

  /** Ends the sentence being read (if it has words). */
  flush(): void {
    if (this.words.length > 0) this.sentences.push(build(this.words, this.question));
    this.words = [];
    this.reported = false;
    this.question = false;
  }
}

function build(words: Word[], question: boolean): Sentence {
  const offsets = new Array<number>(words.length);
  // Joined from a list rather than grown with +=: the patterns then read one flat string, where
  // a string built piece by piece must first be copied flat by the engine.
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]?.w ?? "";
    // No space before the first non-empty word ("n't" at the start reads as "" + "not").
    if (length > 0) length++;
    offsets[i] = length;
    if (length === 0 && w === "") continue;
    parts.push(w);
    length += w.length;
  }
  return { words, canon: parts.join(" "), offsets, question };
}

/** Index of the word that contains canonical offset `pos` (binary search). */
export function wordAt(sentence: Sentence, pos: number): number {
  const { offsets } = sentence;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((offsets[mid] ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
