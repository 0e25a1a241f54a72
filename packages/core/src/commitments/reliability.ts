import { dateOf, dayNumber } from "./schedule.ts";

/**
 * Follow-through as a picture, not a grade: how many of the promises that fell due were kept,
 * over the last 30 and 90 days, and whether that is rising. An occurrence is due once its day
 * has passed, or on its day once it has been marked — today is not over yet.
 */
export type Outcome = "kept" | "missed";
export interface Mark {
  date: string;
  outcome: Outcome;
}
export interface Window {
  kept: number;
  due: number;
}
export type Trend = "rising" | "steady" | "falling" | "too-early";
export interface Reliability {
  last30: Window;
  last90: Window;
  trend: Trend;
}

/** Fewer due occurrences than this in either month and the trend says "too early". */
export const MIN_DUE_FOR_TREND = 3;
/** A change in the kept share of at least this much (10 points) counts as rising or falling. */
export const TREND_STEP = 0.1;

function windowOf(due: ReadonlySet<string>, kept: ReadonlySet<string>, from: number, to: number): Window {
  let d = 0;
  let k = 0;
  for (const date of due) {
    const day = dayNumber(date);
    if (day < from || day > to) continue;
    d++;
    if (kept.has(date)) k++;
  }
  return { kept: k, due: d };
}

/**
 * `occurrences`: every day the promise fell due up to and including `today`.
 * `marks`: the maker's own marks. Marks on days that are not occurrences are ignored.
 */
export function reliability(
  occurrences: readonly string[],
  marks: readonly Mark[],
  today: string,
): Reliability {
  const now = dayNumber(today);
  const markByDate = new Map(marks.map((m) => [m.date, m.outcome]));
  const due = new Set(
    occurrences.filter((date) => {
      const day = dayNumber(date);
      return day < now || (day === now && markByDate.has(date));
    }),
  );
  const kept = new Set([...due].filter((date) => markByDate.get(date) === "kept"));
  const last30 = windowOf(due, kept, now - 29, now);
  const previous30 = windowOf(due, kept, now - 59, now - 30);
  const last90 = windowOf(due, kept, now - 89, now);
  return { last30, last90, trend: trendOf(last30, previous30) };
}

function trendOf(recent: Window, before: Window): Trend {
  if (recent.due < MIN_DUE_FOR_TREND || before.due < MIN_DUE_FOR_TREND) return "too-early";
  const change = recent.kept / recent.due - before.kept / before.due;
  if (change >= TREND_STEP) return "rising";
  if (change <= -TREND_STEP) return "falling";
  return "steady";
}

/** The day `days` before `date` (for windows the server loads). */
export function daysBefore(date: string, days: number): string {
  return dateOf(dayNumber(date) - days);
}
