import { type MessageKey, type RhythmBody, t } from "@mend/core";

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayName(weekday: number): string {
  return t(`checkins.weekday.${weekday}` as MessageKey);
}

/** "Every Sunday at 19:30 (Europe/Berlin)". */
export function rhythmSentence(rhythm: RhythmBody): string {
  const params = { weekday: weekdayName(rhythm.weekday), time: rhythm.time, zone: rhythm.timeZone };
  return t(`checkins.rhythm.sentence.${rhythm.cadence}`, params);
}

export function deviceTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}
