import type { CounsellorCategory } from "@mend/core";

/**
 * What a session-prep report shows, frozen when it is made: both partners approve exactly this,
 * and the counsellor opens exactly this. Built only from shared, revealed entries of the
 * categories both partners consent to.
 */
export interface ReportSnapshot {
  partners: string[];
  from: string;
  to: string;
  categories: CounsellorCategory[];
  checkins?: {
    revealedAt: string;
    answers: {
      name: string;
      safety: number;
      trust: number;
      appreciation: string;
      worry: string;
      request: string;
    }[];
  }[];
  commitments?: {
    title: string;
    by: string;
    status: string;
    kept30: number;
    due30: number;
    kept90: number;
    due90: number;
    trend: string;
  }[];
  repairs?: {
    title: string;
    kind: string;
    status: string;
    amends: string[];
    ritual: string | null;
    createdAt: string;
  }[];
  boundaries?: { kind: string; body: string; status: string; version: number; by: string }[];
  goals?: { title: string; by: string; status: string; milestonesDone: number; milestones: number }[];
  assessments?: {
    instrument: string;
    by: string;
    at: string;
    scores: { name: string; score: number; band: string | null }[];
  }[];
}

/** Whether an ISO instant or date falls within the report's period (whole days, UTC). */
export function inPeriod(at: string, from: string, to: string): boolean {
  const day = at.slice(0, 10);
  return day >= from && day <= to;
}
