import { firstOccurrence, type Rhythm, recurrenceRule } from "@mend/core";
import ical from "ical-generator";

/**
 * The rhythm as one recurring calendar event (RFC 5545), made with ical-generator. Times carry
 * the couple's time zone (TZID), so the check-in stays at the agreed local time across
 * daylight-saving changes. It says only "Check-in", never anything either person wrote.
 */
export function rhythmCalendar(rhythm: Rhythm, url: string): string {
  const start = firstOccurrence(rhythm);
  const calendar = ical({
    name: "Mend check-ins",
    prodId: { company: "Mend", product: "check-ins", language: "EN" },
  });
  calendar.createEvent({
    id: `mend-checkin-${rhythm.cadence}-${rhythm.weekday}-${rhythm.time.replace(":", "")}`,
    start: start.toFormat("yyyy-MM-dd'T'HH:mm:ss"),
    end: start.plus({ minutes: 30 }).toFormat("yyyy-MM-dd'T'HH:mm:ss"),
    timezone: rhythm.timeZone,
    summary: "Check-in",
    description: "Time for your check-in together in Mend.",
    url,
    repeating: `RRULE:${recurrenceRule(rhythm)}`,
  });
  return calendar.toString();
}
