/**
 * Daily trust actions: small things a person can do today that show they can be relied on or let
 * their partner a little closer. Texts live in the message catalogue (`trustAction.<id>`).
 *
 * PRODUCT.md principle 2 rules out anything that trades privacy for reassurance: no sharing
 * passwords, locations, phones or "proof". A test checks the texts for such words.
 */
export const SITUATIONS = [
  "everyday",
  "rebuilding",
  "after-betrayal",
  "distance",
  "conflict",
  "solo",
] as const;
export type Situation = (typeof SITUATIONS)[number];

export interface TrustAction {
  id: string;
  situations: readonly Situation[];
}

const A = (id: string, ...situations: Situation[]): TrustAction => ({ id, situations });

export const TRUST_ACTIONS: readonly TrustAction[] = [
  A("name-a-feeling", "everyday", "rebuilding", "distance"),
  A("small-promise", "everyday", "rebuilding", "after-betrayal"),
  A("say-when-late", "everyday", "rebuilding", "after-betrayal"),
  A("introduce-a-friend", "rebuilding", "everyday"),
  A("share-your-day-plan", "everyday", "rebuilding"),
  A("ask-about-their-day", "everyday", "distance"),
  A("thank-for-something-specific", "everyday", "distance", "conflict"),
  A("follow-up-on-their-worry", "rebuilding", "after-betrayal"),
  A("admit-a-small-mistake", "rebuilding", "conflict"),
  A("offer-a-choice", "everyday", "conflict"),
  A("put-phone-away-at-dinner", "everyday", "distance"),
  A("ten-minute-walk", "distance", "everyday"),
  A("remember-a-detail", "everyday", "distance"),
  A("ask-what-would-help", "rebuilding", "after-betrayal", "conflict"),
  A("answer-a-question-fully", "after-betrayal", "rebuilding"),
  A("volunteer-information", "after-betrayal", "rebuilding"),
  A("acknowledge-their-hurt", "after-betrayal", "conflict"),
  A("keep-a-time", "everyday", "rebuilding", "after-betrayal"),
  A("do-a-chore-unasked", "everyday", "distance"),
  A("share-a-worry-gently", "everyday", "rebuilding"),
  A("plan-something-together", "distance", "everyday"),
  A("hug-for-twenty-seconds", "distance", "everyday"),
  A("listen-without-fixing", "conflict", "everyday", "after-betrayal"),
  A("repeat-back", "conflict", "rebuilding"),
  A("pause-before-reacting", "conflict", "solo"),
  A("notice-a-kept-promise", "rebuilding", "everyday"),
  A("say-sorry-without-but", "conflict", "after-betrayal"),
  A("share-a-memory", "distance", "everyday"),
  A("ask-an-open-question", "distance", "everyday"),
  A("tell-them-your-limits-kindly", "rebuilding", "solo"),
  A("check-a-story-before-believing", "solo", "rebuilding"),
  A("write-three-good-things", "solo", "everyday"),
  A("breathe-before-asking", "solo", "conflict"),
  A("do-what-you-said", "everyday", "rebuilding", "after-betrayal"),
  A("share-a-hope", "distance", "everyday"),
  A("invite-them-in", "rebuilding", "distance"),
  A("let-them-see-you-tired", "rebuilding", "distance"),
  A("ask-for-reassurance-plainly", "solo", "rebuilding"),
  A("give-the-benefit-of-the-doubt-once", "solo", "rebuilding"),
  A("say-what-you-appreciate-in-person", "everyday", "conflict"),
  A("turn-towards-a-bid", "everyday", "distance"),
  A("keep-your-word-on-something-small", "after-betrayal", "everyday"),
  A("tell-them-before-they-ask", "after-betrayal", "rebuilding"),
  A("spend-time-on-your-own-wellbeing", "solo", "everyday"),
];

/** FNV-1a: a small, stable hash so the same person gets the same action all day on every device. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Today's suggestion for one person: stable through the day (seeded by person and date), drawn
 * from the actions that fit their situations, never one they skipped today. Null only when every
 * fitting action has been skipped.
 */
export function dailyTrustAction(
  seed: string,
  day: string,
  situations: readonly Situation[],
  skippedToday: readonly string[] = [],
): TrustAction | null {
  const fitting = TRUST_ACTIONS.filter(
    (a) => a.situations.some((s) => situations.includes(s)) && !skippedToday.includes(a.id),
  );
  if (fitting.length === 0) return null;
  return fitting[hash(`${seed}:${day}:${skippedToday.length}`) % fitting.length] ?? null;
}

export function trustActionById(id: string): TrustAction | undefined {
  return TRUST_ACTIONS.find((a) => a.id === id);
}

export function isTrustAction(id: string): boolean {
  return trustActionById(id) !== undefined;
}
