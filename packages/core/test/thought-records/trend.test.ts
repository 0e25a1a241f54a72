import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { thoughtRecordTrend } from "../../src/thought-records/trend.ts";

describe("thought-record trend", () => {
  it("groups by month with mean intensities before and after", () => {
    expect(
      thoughtRecordTrend([
        { createdAt: "2026-10-31T23:00:00Z", intensityBefore: 90, intensityAfter: null },
        { createdAt: "2026-11-01T08:00:00Z", intensityBefore: 80, intensityAfter: 40 },
        { createdAt: "2026-11-20T08:00:00Z", intensityBefore: 61, intensityAfter: null },
      ]),
    ).toEqual([
      { month: "2026-10", count: 1, meanBefore: 90, meanAfter: null },
      { month: "2026-11", count: 2, meanBefore: 70.5, meanAfter: 40 },
    ]);
  });

  it("counts every record once and keeps means within 0–100", () => {
    const record = fc.record({
      createdAt: fc
        .date({ min: new Date("2024-01-01"), max: new Date("2028-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString()),
      intensityBefore: fc.integer({ min: 0, max: 100 }),
      intensityAfter: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const months = thoughtRecordTrend(records);
        expect(months.reduce((n, m) => n + m.count, 0)).toBe(records.length);
        for (const m of months) {
          expect(m.meanBefore).toBeGreaterThanOrEqual(0);
          expect(m.meanBefore).toBeLessThanOrEqual(100);
        }
        expect(months.map((m) => m.month)).toEqual([...months.map((m) => m.month)].sort());
      }),
    );
  });
});
