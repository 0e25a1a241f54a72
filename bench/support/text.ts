/**
 * Deterministic journal-like text. Bodies come from a fixed pool of sentences so seeding 100,000
 * entries takes well under a second, while lengths follow what people write: mostly a few lines,
 * some long reflections, a few very long ones.
 */

/** mulberry32: small, fast, good enough for test data; the same seed gives the same data. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OPENINGS = [
  "Today I noticed",
  "This morning I felt",
  "When we talked after dinner I realised",
  "I keep coming back to",
  "It surprised me that",
  "I was afraid that",
  "Something small helped:",
  "I want to remember",
  "It was hard to admit",
  "Looking back at the week,",
  "I felt relieved when",
  "What I did not say out loud was",
];

const MIDDLES = [
  "you kept the promise about calling when you were running late",
  "the old hurt came back when the phone buzzed during dinner",
  "we both went quiet instead of saying what we needed",
  "I could ask for a pause without it turning into a fight",
  "trust feels less like a switch and more like a slope we climb slowly",
  "I still check your face for signs that something is wrong",
  "you listened to the whole thing before answering",
  "my chest tightened when the plans changed again",
  "we laughed about the burnt toast like we used to",
  "I need to hear that you are not going anywhere",
  "I apologised for the tone and you said thank you",
  "the counsellor's question about safety stayed with me all day",
  "I am proud that I named the feeling instead of blaming",
  "being honest about the money felt risky but right",
  "we agreed on one evening a week with the phones away",
];

const ENDINGS = [
  "and I want to tell you that I noticed.",
  "and I am not sure yet what it means.",
  "which made me feel a little safer.",
  "so I am writing it down before it fades.",
  "and tomorrow I want to try again.",
  "even though part of me still holds back.",
  "and that matters more than I expected.",
  "and I would like us to talk about it on Sunday.",
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function sentencePool(size: number, next: () => number): string[] {
  const pool: string[] = [];
  for (let i = 0; i < size; i++)
    pool.push(`${pick(OPENINGS, next)} ${pick(MIDDLES, next)} ${pick(ENDINGS, next)}`);
  return pool;
}

/** Target length in characters: 70 % 80–600, 25 % 600–2,500, 5 % 2,500–6,000. */
function targetLength(next: () => number): number {
  const roll = next();
  if (roll < 0.7) return 80 + Math.floor(next() * 520);
  if (roll < 0.95) return 600 + Math.floor(next() * 1900);
  return 2500 + Math.floor(next() * 3500);
}

export class BodyWriter {
  private readonly pool: string[];

  constructor(private readonly next: () => number) {
    this.pool = sentencePool(600, next);
  }

  body(): string {
    const target = targetLength(this.next);
    const parts: string[] = [];
    let length = 0;
    while (length < target) {
      const sentence = pick(this.pool, this.next);
      parts.push(sentence);
      length += sentence.length + 1;
      // A paragraph break now and then, as people write.
      if (this.next() < 0.15) parts.push("\n\n");
    }
    return parts
      .join(" ")
      .replace(/ \n\n /g, "\n\n")
      .trim();
  }
}
