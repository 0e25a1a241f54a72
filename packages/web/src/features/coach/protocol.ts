/**
 * The messages between the page and the coach's Web Worker (coach.worker.ts): first the texts of
 * the catalogue, then requests, each answered with its id. Kept small: it is part of the worker's
 * bundle, which counts against the coach's 40 KB.
 */
import type { AnalyzeResult, RewriteResult } from "@mend/core";
import type { CoachMessages } from "@mend/core/coach/catalogue";

export type CoachRequest = CoachMessages | { id: number; text: string; rewrite?: true };

export type CoachResponse =
  | { id: number; result: AnalyzeResult | RewriteResult }
  | { id: number; error: string };
