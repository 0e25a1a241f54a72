import type { Assessment, InstrumentDefinition } from "@mend/core";
import { useQuery } from "@tanstack/react-query";
import { api, queryKeys } from "../../api/index.ts";

export function useInstruments() {
  return useQuery({ queryKey: queryKeys.instruments, queryFn: api.instruments.list });
}

export function useInstrument(instrumentId: string) {
  return useQuery({
    queryKey: queryKeys.instrument(instrumentId),
    queryFn: () => api.instruments.get(instrumentId),
    staleTime: 60 * 60 * 1000,
  });
}

/** Mine plus my partner's shared results, newest first (optionally of one instrument). */
export function useAssessmentList(instrumentId?: string) {
  return useQuery({
    queryKey: queryKeys.assessmentList(instrumentId),
    queryFn: () => api.assessments.list(instrumentId),
  });
}

export function useAssessment(assessmentId: string) {
  return useQuery({
    queryKey: queryKeys.assessment(assessmentId),
    queryFn: () => api.assessments.get(assessmentId),
  });
}

export function useDraft(instrumentId: string) {
  return useQuery({
    queryKey: queryKeys.draft(instrumentId),
    queryFn: () => api.drafts.get(instrumentId),
    // Always ask again: the draft may have moved on in another tab.
    staleTime: 0,
  });
}

/** A rough reading time: about eight seconds a question, at least a minute. */
export function minutesFor(itemCount: number): number {
  return Math.max(1, Math.round((itemCount * 8) / 60));
}

/** One decimal, without a trailing ".0" for whole numbers (sums read better as "23"). */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** Where a score sits between min and max, 0–100 (for bars). */
export function percentOf(score: number, min: number, max: number): number {
  if (max <= min) return 0;
  return Math.min(100, Math.max(0, ((score - min) / (max - min)) * 100));
}

/** The newest result of someone: mine, or the partner's shared one. */
export function latest(assessments: readonly Assessment[], mine: boolean): Assessment | undefined {
  return assessments.find((assessment) => assessment.mine === mine);
}

/** The newest shared result of mine and of my partner, when both exist. */
export function sharedPair(
  assessments: readonly Assessment[],
): { mineShared: Assessment; partnerShared: Assessment } | null {
  const mineShared = assessments.find((a) => a.mine && a.visibility === "couple");
  const partnerShared = assessments.find((a) => !a.mine);
  return mineShared && partnerShared ? { mineShared, partnerShared } : null;
}

export function scaleLabel(instrument: InstrumentDefinition, value: number): string {
  return instrument.scale.labels[String(value)] ?? String(value);
}

export function scalePoints(instrument: InstrumentDefinition): number[] {
  const points: number[] = [];
  for (let value = instrument.scale.min; value <= instrument.scale.max; value += 1) points.push(value);
  return points;
}
