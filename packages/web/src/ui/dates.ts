/** Calendar days ("2026-05-03") as people keep promises: in their own time zone. */

export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Today's date where the person is, YYYY-MM-DD. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A calendar day has no time zone: format it as the UTC midnight it names, in UTC.
const dayFormat = new Intl.DateTimeFormat("en", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDayFormat = new Intl.DateTimeFormat("en", {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : dayFormat.format(ms);
}

export function formatShortDay(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : shortDayFormat.format(ms);
}

/** "2026-05" → "May 2026". */
export function formatMonth(month: string): string {
  const ms = Date.parse(`${month}-01T00:00:00Z`);
  return Number.isNaN(ms) ? month : monthFormat.format(ms);
}

/** ISO weekday names, 1 = Monday … 7 = Sunday. */
export function weekdayName(isoWeekday: number, style: "long" | "short" = "long"): string {
  // 2024-01-01 was a Monday.
  const ms = Date.UTC(2024, 0, isoWeekday);
  return new Intl.DateTimeFormat("en", { weekday: style, timeZone: "UTC" }).format(ms);
}
