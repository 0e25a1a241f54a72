import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  firstOccurrence,
  nextPeriod,
  periodAt,
  type Rhythm,
  recurrenceRule,
} from "../../src/checkins/rhythm.ts";
import { isRevealed, sealedView } from "../../src/checkins/sealing.ts";

const weekly: Rhythm = {
  cadence: "weekly",
  weekday: 7,
  time: "19:30",
  timeZone: "Europe/Berlin",
  startsOn: "2026-03-01",
};

describe("check-in rhythm", () => {
  it("opens weekly at the agreed local time, across a daylight-saving change", () => {
    // 2026-03-29 is the spring change in Europe/Berlin: 19:30 local is 17:30Z after, 18:30Z before.
    const before = periodAt(weekly, new Date("2026-03-24T12:00:00Z"));
    expect(before.key).toBe("2026-03-22");
    expect(before.opensAt.toISOString()).toBe("2026-03-22T18:30:00.000Z");
    const after = nextPeriod(weekly, before);
    expect(after.key).toBe("2026-03-29");
    expect(after.opensAt.toISOString()).toBe("2026-03-29T17:30:00.000Z");
    expect(before.closesAt.getTime()).toBe(after.opensAt.getTime());
  });

  it("counts fortnights from the first occurrence and finds the first weekday of each month", () => {
    const fortnightly: Rhythm = {
      ...weekly,
      cadence: "fortnightly",
      weekday: 3,
      timeZone: "UTC",
      startsOn: "2026-01-01",
    };
    expect(firstOccurrence(fortnightly).toISODate()).toBe("2026-01-07");
    expect(periodAt(fortnightly, new Date("2026-01-20T00:00:00Z")).key).toBe("2026-01-07");
    expect(periodAt(fortnightly, new Date("2026-01-21T19:30:00Z")).key).toBe("2026-01-21");
    const monthly: Rhythm = {
      ...weekly,
      cadence: "monthly",
      weekday: 1,
      timeZone: "UTC",
      startsOn: "2026-01-01",
    };
    expect(periodAt(monthly, new Date("2026-02-10T00:00:00Z")).key).toBe("2026-02-02");
    expect(periodAt(monthly, new Date("2026-02-01T00:00:00Z")).key).toBe("2026-01-05");
    expect(recurrenceRule(monthly)).toBe("FREQ=MONTHLY;BYDAY=1MO");
    expect(recurrenceRule(fortnightly)).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE");
  });

  it("puts every instant after the start into the period that holds it, at the agreed weekday and time", () => {
    const zones = ["UTC", "Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata"];
    fc.assert(
      fc.property(
        fc.constantFrom("weekly" as const, "fortnightly" as const, "monthly" as const),
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }),
        (cadence, weekday, hour, minute, timeZone, minutesLater) => {
          const rhythm: Rhythm = {
            cadence,
            weekday,
            time: `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
            timeZone,
            startsOn: "2026-01-01",
          };
          const first = firstOccurrence(rhythm).toJSDate();
          const now = new Date(first.getTime() + minutesLater * 60_000);
          const p = periodAt(rhythm, now);
          expect(p.opensAt.getTime()).toBeLessThanOrEqual(now.getTime());
          expect(p.closesAt.getTime()).toBeGreaterThan(now.getTime());
          const local = DateTime.fromJSDate(p.opensAt, { zone: timeZone });
          expect(local.weekday).toBe(weekday);
          // A local time skipped by a daylight-saving jump moves forward; otherwise it is exact.
          if (local.hour === hour) expect(local.minute).toBe(minute);
          expect(nextPeriod(rhythm, p).opensAt.getTime()).toBe(p.closesAt.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("sealing", () => {
  const a = { authorId: "alex", text: "A" };
  const s = { authorId: "sam", text: "S" };
  it("shows nothing of the other answer until both have answered", () => {
    expect(isRevealed([a], ["alex", "sam"])).toBe(false);
    expect(sealedView([a], "sam", false)).toEqual({
      revealed: false,
      mine: null,
      others: [],
      othersAnswered: true,
    });
    expect(sealedView([a, s], "sam", false).others).toEqual([]);
    expect(isRevealed([a, s], ["alex", "sam"])).toBe(true);
    expect(sealedView([a, s], "sam", true)).toEqual({
      revealed: true,
      mine: s,
      others: [a],
      othersAnswered: true,
    });
  });
});
