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
}

export interface Sentence {
  words: Word[];
  /** Canonical words joined by single spaces; rules match against this. */
  canon: string;
  /** Start offset in `canon` of each word (ascending). */
  offsets: number[];
  /** Distinct canonical words, for cheap rule gating. */
  vocab: Set<string>;
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
const SPELLINGS: Record<string, string> = {
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
  evry: "every",
  alwys: "always",
  allways: "always",
  alway: "always",
  nvr: "never",
  neva: "never",
  nevr: "never",
  bc: "because",
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
};

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

function expand(token: string): string {
  const direct = SPELLINGS[token];
  if (direct !== undefined) return direct;
  const apo = token.indexOf("'");
  if (apo > 0) {
    const head = token.slice(0, apo);
    const tail = token.slice(apo + 1);
    if (tail === "t" && head.endsWith("n")) return `${head.slice(0, -1)} not`;
    if (tail === "m") return `${head} am`;
    if (tail === "re") return `${head} are`;
    if (tail === "ve") return `${head} have`;
    if (tail === "ll") return `${head} will`;
    if (tail === "d") return `${head} would`;
    if (tail === "s") return PRONOUN_IS.has(head) ? `${head} is` : `${head} 's`;
    return head;
  }
  // "sooo", "neverrr": collapse letters repeated three or more times.
  if (/(.)\1\1/.test(token)) return token.replace(/(.)\1{2,}/g, "$1");
  return token;
}

// Words, single punctuation marks that matter, and pictographs (emoji) as their own tokens.
const TOKEN =
  /[\p{L}\p{M}\p{N}]+(?:['-][\p{L}\p{M}\p{N}]+)*|[.!?;:,"()\n…]|'|\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]/gu;

const SENTENCE_END = new Set([".", "!", "?", ";", "\n", "…", ":"]);
const CLAUSE_MARK = new Set([",", "(", ")"]);
// Emoji that carry meaning for the coach; any other pictograph just ends a sentence.
const EMOJI_WORDS: Record<string, string> = {
  "\u{1F644}": "emoji_eyeroll",
  "\u{1F612}": "emoji_unamused",
  "\u{1F921}": "emoji_clown",
};
// Verbs that introduce someone else's words: what follows is reported, not the writer's claim.
const CLAUSE_BREAK_WORDS = new Set(["and", "but", "so", "because", "then"]);
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

export function segment(input: string): Sentence[] {
  const text = input.length > MAX_ANALYZED_LENGTH ? input.slice(0, MAX_ANALYZED_LENGTH) : input;
  const folded = foldCase(text);
  const sentences: Sentence[] = [];
  let words: Word[] = [];
  let inDouble = false;
  let inSingle = false;
  let reported = false;
  let question = false;

  const flush = () => {
    if (words.length > 0) sentences.push(build(words, question));
    words = [];
    reported = false;
    question = false;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw === '"') {
      inDouble = !inDouble;
      continue;
    }
    if (raw === "'") {
      // A lone straight quote opens before a word and closes after one.
      const before = start > 0 ? folded.charAt(start - 1) : " ";
      if (!inSingle && /\s|^$|[(:]/.test(before)) inSingle = true;
      else if (inSingle) inSingle = false;
      continue;
    }
    if (SENTENCE_END.has(raw)) {
      if (raw === "?") question = true;
      flush();
      continue;
    }
    if (CLAUSE_MARK.has(raw)) {
      reported = false;
      words.push({ w: ",", start, end, quoted: inDouble || inSingle || reported });
      continue;
    }
    const emoji = EMOJI_WORDS[raw];
    if (emoji !== undefined) {
      words.push({ w: emoji, start, end, quoted: false });
      flush();
      continue;
    }
    if (/^\p{Extended_Pictographic}$|^[\u{1F1E6}-\u{1F1FF}]$/u.test(raw)) {
      flush();
      continue;
    }
    if (CLAUSE_BREAK_WORDS.has(raw)) reported = false;
    const quoted = inDouble || inSingle || reported;
    for (const part of expand(raw).split(" ")) {
      words.push({ w: part, start, end, quoted });
    }
    if (REPORTING.has(raw)) reported = true;
  }
  flush();
  return sentences;
}

function build(words: Word[], question: boolean): Sentence {
  const offsets: number[] = [];
  const vocab = new Set<string>();
  let canon = "";
  for (const word of words) {
    if (canon.length > 0) canon += " ";
    offsets.push(canon.length);
    canon += word.w;
    vocab.add(word.w);
  }
  return { words, canon, offsets, vocab, question };
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
