/**
 * Benefit-of-the-doubt records over months: how often suspicion rose enough to write one down,
 * and how strong it was before and after working through it. Months are UTC calendar months.
 */
export interface ThoughtRecordFacts {
  createdAt: string;
  intensityBefore: number;
  intensityAfter: number | null;
}

export interface ThoughtRecordMonth {
  /** "2026-11" */
  month: string;
  count: number;
  meanBefore: number;
  /** Mean over the records that have an "after"; null when none has. */
  meanAfter: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function thoughtRecordTrend(records: readonly ThoughtRecordFacts[]): ThoughtRecordMonth[] {
  const months = new Map<string, { count: number; before: number; after: number; afterCount: number }>();
  for (const r of records) {
    const month = new Date(r.createdAt).toISOString().slice(0, 7);
    const m = months.get(month) ?? { count: 0, before: 0, after: 0, afterCount: 0 };
    m.count++;
    m.before += r.intensityBefore;
    if (r.intensityAfter !== null) {
      m.after += r.intensityAfter;
      m.afterCount++;
    }
    months.set(month, m);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, m]) => ({
      month,
      count: m.count,
      meanBefore: round1(m.before / m.count),
      meanAfter: m.afterCount === 0 ? null : round1(m.after / m.afterCount),
    }));
}
