/**
 * When to suggest a professional (PRODUCT.md §9): pure rules over a summary of the couple's
 * situation as one viewer may see it. Deterministic: time comes only from `now`.
 *
 * None of these thresholds comes from a validated cut-off (there is none for app data); each is
 * a documented judgement, chosen to be noticed early but not to nag, and easy to change here.
 */
import type { MessageKey } from "../i18n/index.ts";
import type { SafetyLevel } from "./check.ts";

export const SUPPORT_REASONS = [
  "safety-concern",
  "low-safety",
  "after-betrayal",
  "repeated-ruptures",
  "low-trust-for-months",
] as const;
export type SupportReason = (typeof SUPPORT_REASONS)[number];

/** From least to most pressing. */
export const SUPPORT_URGENCIES = ["consider", "recommended", "now"] as const;
export type SupportUrgency = (typeof SUPPORT_URGENCIES)[number];

export interface CheckinRating {
  at: Date;
  /** How safe I felt, 0–10. */
  safety: number;
  /** How much I trust us right now, 0–10. */
  trust: number;
}

export interface SupportSituation {
  now: Date;
  /** When the couple started the "after a betrayal" path, if they did. */
  betrayalPathStarted?: Date;
  /** When each repair after a rupture was started. */
  ruptures: Date[];
  /** The viewer's own ratings and the partner's revealed ones (never sealed answers). */
  checkinRatings: CheckinRating[];
  /**
   * The viewer's OWN latest safety-check level. Never pass the partner's: the safety check is
   * private, and its suggestion must only ever be shown to the person who took it.
   */
  safetyLevel?: SafetyLevel;
}

export interface SupportSuggestion {
  reason: SupportReason;
  urgency: SupportUrgency;
  title: MessageKey;
  body: MessageKey;
  /** Further sentences to show under the body, in order. */
  advice: MessageKey[];
}

const DAY = 24 * 60 * 60 * 1000;

/** Three or more repairs started within 30 days: roughly one a week or more for a month. */
export const RUPTURES_RECOMMENDED = { count: 3, days: 30 } as const;
/** Four or more within 90 days: a slower but steady pattern worth a gentle mention. */
export const RUPTURES_CONSIDER = { count: 4, days: 90 } as const;
/**
 * A safety rating of 3 or less (the bottom third of 0–10) in the last 30 days, which covers the
 * last two check-ins of a weekly or fortnightly rhythm and the last one of a monthly rhythm.
 */
export const LOW_SAFETY = { atMost: 3, days: 30 } as const;
/**
 * Trust low for months: over the last 91 days the mean trust rating is 4 or less (below the
 * middle of 0–10), with at least 3 ratings in that window and ratings going back at least 84
 * days (so a couple who just started with a low first week is not told "for months").
 */
export const LOW_TRUST = { meanAtMost: 4, windowDays: 91, minRatings: 3, minHistoryDays: 84 } as const;

const rank = (u: SupportUrgency) => SUPPORT_URGENCIES.indexOf(u);

/**
 * Suggestions of professional help for this situation, most pressing first (then in the order
 * of SUPPORT_REASONS); at most one per reason; empty when nothing calls for it.
 *
 * - safety-concern: the viewer's own safety check is "concerning" or "urgent" → now, with the
 *   advice that couples counselling is not recommended while there is abuse: it can raise the
 *   risk and imply shared blame. That is the advice of domestic-abuse services (e.g. the US
 *   National Domestic Violence Hotline's guidance on couples counselling), and even the research
 *   on joint treatment (Stith, McCollum & Rosen, 2011, "Couples Therapy for Domestic Violence")
 *   limits it to screened couples without fear or coercive control. "some-concern" → consider.
 * - low-safety: any safety rating ≤ 3 in the last 30 days → recommended.
 * - after-betrayal: the betrayal path has been started → recommended (PRODUCT.md §6 asks for a
 *   clear recommendation to involve a professional).
 * - repeated-ruptures: ≥ 3 repairs started in the last 30 days → recommended; else ≥ 4 in the
 *   last 90 days → consider.
 * - low-trust-for-months: see LOW_TRUST → recommended.
 *
 * Dates after `now` are ignored (a clock skew must not invent a pattern).
 */
export function whenToGetHelp(situation: SupportSituation): SupportSuggestion[] {
  const now = situation.now.getTime();
  const past = (d: Date) => d.getTime() <= now;
  const within = (d: Date, days: number) => past(d) && now - d.getTime() <= days * DAY;
  const out: SupportSuggestion[] = [];
  const suggest = (reason: SupportReason, urgency: SupportUrgency, advice: MessageKey[] = []) =>
    out.push({
      reason,
      urgency,
      title: `support.reason.${reason}.title`,
      body: `support.reason.${reason}.body`,
      advice,
    });

  const level = situation.safetyLevel;
  if (level === "concerning" || level === "urgent")
    suggest("safety-concern", "now", ["support.advice.no-couples-counselling", "support.advice.emergency"]);
  else if (level === "some-concern") suggest("safety-concern", "consider");

  const ratings = situation.checkinRatings.filter((r) => past(r.at));
  if (ratings.some((r) => within(r.at, LOW_SAFETY.days) && r.safety <= LOW_SAFETY.atMost)) {
    // Someone feeling unsafe may be feeling unsafe with the partner: point to the private check.
    const advice: MessageKey[] = level === undefined ? ["support.advice.take-safety-check"] : [];
    suggest("low-safety", "recommended", advice);
  }

  if (situation.betrayalPathStarted && past(situation.betrayalPathStarted))
    suggest("after-betrayal", "recommended", ["support.advice.invite-counsellor"]);

  const rupturesIn = (days: number) => situation.ruptures.filter((d) => within(d, days)).length;
  if (rupturesIn(RUPTURES_RECOMMENDED.days) >= RUPTURES_RECOMMENDED.count)
    suggest("repeated-ruptures", "recommended", ["support.advice.invite-counsellor"]);
  else if (rupturesIn(RUPTURES_CONSIDER.days) >= RUPTURES_CONSIDER.count)
    suggest("repeated-ruptures", "consider", ["support.advice.invite-counsellor"]);

  if (lowTrustForMonths(ratings, now)) suggest("low-trust-for-months", "recommended");

  // While the safety check is concerning, couples counselling is not advised: do not invite a
  // counsellor into the couple from other suggestions either.
  if (level === "concerning" || level === "urgent")
    for (const s of out) s.advice = s.advice.filter((key) => key !== "support.advice.invite-counsellor");

  return out.sort(
    (a, b) =>
      rank(b.urgency) - rank(a.urgency) ||
      SUPPORT_REASONS.indexOf(a.reason) - SUPPORT_REASONS.indexOf(b.reason),
  );
}

function lowTrustForMonths(ratings: CheckinRating[], now: number): boolean {
  if (ratings.length === 0) return false;
  // A loop, not Math.min(...spread): a long history must not overflow the call stack.
  let oldest = now;
  for (const r of ratings) oldest = Math.min(oldest, r.at.getTime());
  if (now - oldest < LOW_TRUST.minHistoryDays * DAY) return false;
  const recent = ratings.filter((r) => now - r.at.getTime() <= LOW_TRUST.windowDays * DAY);
  if (recent.length < LOW_TRUST.minRatings) return false;
  const mean = recent.reduce((sum, r) => sum + r.trust, 0) / recent.length;
  return mean <= LOW_TRUST.meanAtMost;
}
