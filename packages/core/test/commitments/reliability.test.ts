import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Mark, reliability } from "../../src/commitments/reliability.ts";
import { dateOf, dayNumber } from "../../src/commitments/schedule.ts";

const TODAY = "2026-06-30";
const daysAgo = (n: number) => dateOf(dayNumber(TODAY) - n);

describe("reliability", () => {
  it("counts kept over due in the last 30 and 90 days; today is due only once marked", () => {
    const occurrences = [daysAgo(0), daysAgo(1), daysAgo(2), daysAgo(40), daysAgo(100)];
    const marks: Mark[] = [
      { date: daysAgo(1), outcome: "kept" },
      { date: daysAgo(40), outcome: "kept" },
      { date: daysAgo(100), outcome: "kept" },
    ];
    expect(reliability(occurrences, marks, TODAY)).toEqual({
      last30: { kept: 1, due: 2 },
      last90: { kept: 2, due: 3 },
      trend: "too-early",
    });
    const markedToday = reliability(occurrences, [...marks, { date: TODAY, outcome: "kept" }], TODAY);
    expect(markedToday.last30).toEqual({ kept: 2, due: 3 });
  });

  it("reads a rise or a fall only from enough days", () => {
    const days = Array.from({ length: 60 }, (_, i) => daysAgo(i + 1));
    const keptRecently = days
      .filter((_, i) => i < 30 || i % 2 === 0)
      .map((date) => ({ date, outcome: "kept" as const }));
    expect(reliability(days, keptRecently, TODAY).trend).toBe("rising");
    const keptEarlier = days
      .filter((_, i) => i >= 30 || i % 2 === 0)
      .map((date) => ({ date, outcome: "kept" as const }));
    expect(reliability(days, keptEarlier, TODAY).trend).toBe("falling");
    const allKept = days.map((date) => ({ date, outcome: "kept" as const }));
    expect(reliability(days, allKept, TODAY).trend).toBe("steady");
  });

  const history = fc
    .uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 80 })
    .chain((ago) =>
      fc.tuple(
        fc.constant(ago.map(daysAgo)),
        fc.array(fc.constantFrom("kept", "missed", null), { minLength: ago.length, maxLength: ago.length }),
      ),
    );

  it("never shows more kept than due, and 30 days never more than 90", () => {
    fc.assert(
      fc.property(history, ([dates, outcomes]) => {
        const marks = dates.flatMap((date, i) =>
          outcomes[i] ? [{ date, outcome: outcomes[i] as Mark["outcome"] }] : [],
        );
        const r = reliability(dates, marks, TODAY);
        expect(r.last30.kept).toBeLessThanOrEqual(r.last30.due);
        expect(r.last90.kept).toBeLessThanOrEqual(r.last90.due);
        expect(r.last30.due).toBeLessThanOrEqual(r.last90.due);
        expect(r.last30.kept).toBeLessThanOrEqual(r.last90.kept);
      }),
    );
  });

  it("keeping one more promise never lowers the picture", () => {
    fc.assert(
      fc.property(history, fc.nat(), ([dates, outcomes], pick) => {
        if (dates.length === 0) return;
        const marks = dates.flatMap((date, i) =>
          outcomes[i] ? [{ date, outcome: outcomes[i] as Mark["outcome"] }] : [],
        );
        const chosen = dates[pick % dates.length] as string;
        const better = [
          ...marks.filter((m) => m.date !== chosen),
          { date: chosen, outcome: "kept" as const },
        ];
        const before = reliability(dates, marks, TODAY);
        const after = reliability(dates, better, TODAY);
        expect(after.last90.kept).toBeGreaterThanOrEqual(before.last90.kept);
        expect(after.last30.kept).toBeGreaterThanOrEqual(before.last30.kept);
      }),
    );
  });
});
