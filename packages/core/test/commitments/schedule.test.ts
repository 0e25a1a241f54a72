import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dateOf,
  dayNumber,
  isOccurrence,
  localToday,
  nextOccurrence,
  occurrencesBetween,
  type Schedule,
  scheduleProblem,
} from "../../src/commitments/schedule.ts";

const weekly = (weekdays: number[], startsOn = "2026-03-02", endsOn?: string): Schedule => ({
  repeat: "weekly",
  startsOn,
  endsOn: endsOn ?? null,
  weekdays,
  timeZone: "UTC",
});

describe("commitment schedules", () => {
  it("lists occurrences of once, daily and weekly promises", () => {
    // 2026-03-02 is a Monday.
    expect(occurrencesBetween(weekly([1, 3]), "2026-03-01", "2026-03-11")).toEqual([
      "2026-03-02",
      "2026-03-04",
      "2026-03-09",
      "2026-03-11",
    ]);
    const once: Schedule = { repeat: "once", startsOn: "2026-03-05", timeZone: "UTC" };
    expect(occurrencesBetween(once, "2026-03-01", "2026-03-31")).toEqual(["2026-03-05"]);
    const daily: Schedule = {
      repeat: "daily",
      startsOn: "2026-02-27",
      endsOn: "2026-03-01",
      timeZone: "UTC",
    };
    expect(occurrencesBetween(daily, "2026-01-01", "2026-12-31")).toEqual([
      "2026-02-27",
      "2026-02-28",
      "2026-03-01",
    ]);
    expect(nextOccurrence(weekly([7]), "2026-03-02")).toBe("2026-03-08");
    expect(nextOccurrence(daily, "2026-03-02")).toBeNull();
  });

  it("knows which day it is in the promise's own time zone", () => {
    const now = new Date("2026-03-01T23:30:00Z");
    expect(localToday(now, "UTC")).toBe("2026-03-01");
    expect(localToday(now, "Europe/Berlin")).toBe("2026-03-02");
    expect(localToday(now, "America/New_York")).toBe("2026-03-01");
  });

  it("names what makes a schedule impossible", () => {
    expect(scheduleProblem(weekly([1]))).toBeNull();
    expect(scheduleProblem(weekly([]))?.field).toBe("schedule.weekdays");
    expect(scheduleProblem(weekly([8]))?.field).toBe("schedule.weekdays");
    expect(scheduleProblem(weekly([1], "2026-03-10", "2026-03-01"))?.field).toBe("schedule.endsOn");
    expect(scheduleProblem(weekly([7], "2026-03-10", "2026-03-12"))?.field).toBe("schedule");
    expect(scheduleProblem(weekly([1], "2026-02-30"))?.field).toBe("schedule.startsOn");
    expect(scheduleProblem(weekly([1], "2026-03-02", "2036-03-02"))?.field).toBe("schedule.endsOn");
  });

  const date = fc.integer({ min: dayNumber("2020-01-01"), max: dayNumber("2030-12-31") }).map(dateOf);
  const schedule = fc
    .record({
      repeat: fc.constantFrom("once", "daily", "weekly") as fc.Arbitrary<Schedule["repeat"]>,
      startsOn: date,
      span: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    })
    .map(
      ({ repeat, startsOn, span, weekdays }): Schedule => ({
        repeat,
        startsOn,
        endsOn: span === undefined ? null : dateOf(dayNumber(startsOn) + span),
        weekdays,
        timeZone: "UTC",
      }),
    );

  it("occurrences are exactly the days isOccurrence accepts, in order, within the range", () => {
    fc.assert(
      fc.property(schedule, date, fc.integer({ min: 0, max: 120 }), (s, from, length) => {
        const to = dateOf(dayNumber(from) + length);
        const listed = occurrencesBetween(s, from, to);
        expect([...listed].sort()).toEqual(listed);
        const all: string[] = [];
        for (let d = dayNumber(from); d <= dayNumber(to); d++)
          if (isOccurrence(s, dateOf(d))) all.push(dateOf(d));
        expect(listed).toEqual(all);
      }),
    );
  });

  it("a schedule without a problem falls due at least once", () => {
    fc.assert(
      fc.property(schedule, (s) => {
        if (scheduleProblem(s) !== null) return;
        const end = s.endsOn ?? dateOf(dayNumber(s.startsOn) + 7);
        expect(occurrencesBetween(s, s.startsOn, end).length).toBeGreaterThan(0);
      }),
    );
  });
});
