import { DateTime } from "luxon";

/**
 * The couple's agreed check-in rhythm and the periods it makes. A period opens at the agreed
 * weekday and time in the couple's time zone and lasts until the next one opens; weekly and
 * fortnightly count from the first occurrence on or after `startsOn`, monthly uses the first
 * such weekday of each month. Time-zone arithmetic (daylight saving included) is luxon's.
 */
export const CADENCES = ["weekly", "fortnightly", "monthly"] as const;
export type Cadence = (typeof CADENCES)[number];

export interface Rhythm {
  cadence: Cadence;
  /** 1 = Monday … 7 = Sunday (ISO 8601). */
  weekday: number;
  /** "HH:MM", 24-hour, local to `timeZone`. */
  time: string;
  /** IANA name, e.g. "Europe/Berlin". */
  timeZone: string;
  /** ISO date (YYYY-MM-DD) from which the rhythm counts. */
  startsOn: string;
}

export interface Period {
  /** The local date the period opens on: stable, readable, unique per couple. */
  key: string;
  opensAt: Date;
  closesAt: Date;
}

export function isValidTimeZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

function atTime(date: DateTime, time: string): DateTime {
  const [hour, minute] = time.split(":").map(Number);
  return date.set({ hour: hour ?? 0, minute: minute ?? 0, second: 0, millisecond: 0 });
}

function firstWeekdayOfMonth(month: DateTime, weekday: number, time: string): DateTime {
  const first = month.startOf("month");
  const shift = (weekday - first.weekday + 7) % 7;
  return atTime(first.plus({ days: shift }), time);
}

function period(opens: DateTime, closes: DateTime): Period {
  return { key: opens.toISODate() ?? "", opensAt: opens.toJSDate(), closesAt: closes.toJSDate() };
}

/** The first occurrence of the rhythm, on or after its start date. */
export function firstOccurrence(rhythm: Rhythm): DateTime {
  const start = DateTime.fromISO(rhythm.startsOn, { zone: rhythm.timeZone }).startOf("day");
  if (rhythm.cadence === "monthly") {
    const candidate = firstWeekdayOfMonth(start, rhythm.weekday, rhythm.time);
    return candidate < start
      ? firstWeekdayOfMonth(start.plus({ months: 1 }), rhythm.weekday, rhythm.time)
      : candidate;
  }
  const shift = (rhythm.weekday - start.weekday + 7) % 7;
  return atTime(start.plus({ days: shift }), rhythm.time);
}

/** The period `now` falls in; before the first occurrence, the first (upcoming) period. */
export function periodAt(rhythm: Rhythm, now: Date): Period {
  const first = firstOccurrence(rhythm);
  const at = DateTime.fromJSDate(now, { zone: rhythm.timeZone });
  if (rhythm.cadence === "monthly") {
    let opens = at < first ? first : firstWeekdayOfMonth(at, rhythm.weekday, rhythm.time);
    if (opens > at && at >= first)
      opens = firstWeekdayOfMonth(at.minus({ months: 1 }), rhythm.weekday, rhythm.time);
    return period(opens, firstWeekdayOfMonth(opens.plus({ months: 1 }), rhythm.weekday, rhythm.time));
  }
  const weeks = rhythm.cadence === "weekly" ? 1 : 2;
  if (at < first) return period(first, first.plus({ weeks }));
  // Count whole steps in local calendar days, so a daylight-saving change does not shift the time.
  const days = Math.floor(at.startOf("day").diff(first.startOf("day"), "days").days);
  let steps = Math.floor(days / (7 * weeks));
  let opens = first.plus({ weeks: steps * weeks });
  if (opens > at) {
    steps -= 1;
    opens = first.plus({ weeks: steps * weeks });
  }
  return period(opens, opens.plus({ weeks }));
}

/** The period after `current`. */
export function nextPeriod(rhythm: Rhythm, current: Period): Period {
  return periodAt(rhythm, current.closesAt);
}

/** RFC 5545 recurrence for calendars. */
export function recurrenceRule(rhythm: Rhythm): string {
  const day = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][rhythm.weekday - 1];
  if (rhythm.cadence === "monthly") return `FREQ=MONTHLY;BYDAY=1${day}`;
  return `FREQ=WEEKLY;INTERVAL=${rhythm.cadence === "weekly" ? 1 : 2};BYDAY=${day}`;
}
