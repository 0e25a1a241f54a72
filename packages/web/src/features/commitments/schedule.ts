import { type Commitment, type ScheduleBody, t } from "@mend/core";
import { formatDay, weekdayName } from "../../ui/dates.ts";

/** "Every Mon, Wed, from 3 May 2026, until 1 June 2026" — the schedule in one plain sentence. */
export function describeSchedule(schedule: ScheduleBody): string {
  const date = formatDay(schedule.startsOn);
  if (schedule.repeat === "once") return t("commitments.schedule.once", { date });
  const start =
    schedule.repeat === "daily"
      ? t("commitments.schedule.daily", { date })
      : t("commitments.schedule.weekly", {
          date,
          days: [...(schedule.weekdays ?? [])]
            .sort((a, b) => a - b)
            .map((day) => weekdayName(day, "short"))
            .join(", "),
        });
  return schedule.endsOn
    ? `${start}, ${t("commitments.schedule.until", { date: formatDay(schedule.endsOn) })}`
    : start;
}

export type Occurrence = Commitment["occurrences"][number];

export function outcomeText(outcome: Occurrence["outcome"]): string {
  if (outcome === "kept") return t("commitments.outcome.kept");
  if (outcome === "missed") return t("commitments.outcome.missed");
  return t("commitments.outcome.open");
}
