import { DateTime } from "luxon";

/**
 * When a commitment falls due. Dates are local calendar days ("2026-12-01"), the unit in which
 * people keep promises ("every weekday", "on Saturday"); `timeZone` decides which day "today" is.
 */
export const REPEATS = ["once", "daily", "weekly"] as const;
export type Repeat = (typeof REPEATS)[number];

export interface Schedule {
  repeat: Repeat;
  /** First day (inclusive), YYYY-MM-DD. For "once", the day itself. */
  startsOn: string;
  /** Last day (inclusive); absent or null: until renegotiated or ended. Ignored for "once". */
  endsOn?: string | null;
  /** For "weekly": ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays?: number[];
  /** IANA zone that decides which day "today" is. */
  timeZone: string;
}

/** A schedule may not run further ahead than this: promises are renegotiated, not set for decades. */
export const MAX_SCHEDULE_YEARS = 5;
const DAY_MS = 86_400_000;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 for a valid ISO date, else NaN. Plain UTC arithmetic: no zone needed for dates. */
export function dayNumber(date: string): number {
  if (!ISO_DATE.test(date)) return Number.NaN;
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return Number.NaN;
  return ms / DAY_MS;
}

export function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number (1970-01-01 was a Thursday, 4). */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The local calendar day at `now` in `timeZone`. */
export function localToday(now: Date, timeZone: string): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
}

export function isOccurrence(schedule: Schedule, date: string): boolean {
  const day = dayNumber(date);
  const start = dayNumber(schedule.startsOn);
  if (Number.isNaN(day) || Number.isNaN(start) || day < start) return false;
  if (schedule.repeat === "once") return day === start;
  if (schedule.endsOn && day > dayNumber(schedule.endsOn)) return false;
  if (schedule.repeat === "daily") return true;
  return (schedule.weekdays ?? []).includes(weekdayOf(day));
}

/** Occurrences from `from` to `to`, both inclusive, oldest first. */
export function occurrencesBetween(schedule: Schedule, from: string, to: string): string[] {
  const start = Math.max(dayNumber(from), dayNumber(schedule.startsOn));
  let end = dayNumber(to);
  if (schedule.repeat === "once") end = Math.min(end, dayNumber(schedule.startsOn));
  else if (schedule.endsOn) end = Math.min(end, dayNumber(schedule.endsOn));
  const dates: string[] = [];
  if (Number.isNaN(start) || Number.isNaN(end)) return dates;
  for (let day = start; day <= end; day++) {
    if (schedule.repeat !== "weekly" || (schedule.weekdays ?? []).includes(weekdayOf(day))) {
      dates.push(dateOf(day));
    }
  }
  return dates;
}

/** The first occurrence on or after `date`, or null when there is none. */
export function nextOccurrence(schedule: Schedule, date: string): string | null {
  const from = dayNumber(date);
  if (Number.isNaN(from)) return null;
  // A weekly schedule repeats within 7 days; look one week past the start at most.
  const horizon = Math.max(from, dayNumber(schedule.startsOn)) + 7;
  return occurrencesBetween(schedule, date, dateOf(horizon))[0] ?? null;
}

export interface ScheduleProblem {
  field: string;
  problem: string;
}

/**
 * What makes a schedule impossible to keep, as a field and a sentence, or null when it is sound:
 * an end before the start, a weekly promise with no days, a span with no occurrence at all.
 */
export function scheduleProblem(schedule: Schedule): ScheduleProblem | null {
  const start = dayNumber(schedule.startsOn);
  if (Number.isNaN(start)) return { field: "schedule.startsOn", problem: "must be a date, YYYY-MM-DD" };
  if (schedule.repeat === "once") return null;
  const end = schedule.endsOn ? dayNumber(schedule.endsOn) : null;
  if (end !== null && Number.isNaN(end))
    return { field: "schedule.endsOn", problem: "must be a date, YYYY-MM-DD" };
  if (end !== null && end < start)
    return { field: "schedule.endsOn", problem: "must not be before startsOn" };
  if (end !== null && end - start > MAX_SCHEDULE_YEARS * 366) {
    return { field: "schedule.endsOn", problem: `must be within ${MAX_SCHEDULE_YEARS} years of startsOn` };
  }
  if (schedule.repeat === "weekly") {
    const days = schedule.weekdays ?? [];
    if (days.length === 0) return { field: "schedule.weekdays", problem: "must name at least one day" };
    if (days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
      return { field: "schedule.weekdays", problem: "must be days 1 (Monday) to 7 (Sunday)" };
    }
    if (end !== null && occurrencesBetween(schedule, schedule.startsOn, dateOf(end)).length === 0) {
      return { field: "schedule", problem: "has no day on which it falls due between startsOn and endsOn" };
    }
  }
  return null;
}
