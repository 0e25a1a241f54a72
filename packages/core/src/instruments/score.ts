import type { Band, InstrumentDefinition, Subscale } from "./schema.ts";

/**
 * The one scoring engine. Rules, as in the published manuals of the scales it serves:
 * - a reverse-keyed answer a scores as (min + max − a);
 * - a subscale score is the mean or the sum of its items' keyed answers;
 * - a band is the first whose [min, max] holds the score;
 * - an optional classification places two subscale scores against cut points.
 * Every answer must be present and an integer on the scale: partial scoring would make numbers
 * that cannot be explained.
 */
export type AnswerMap = Record<string, unknown>;

export interface SubscaleResult {
  id: string;
  score: number;
  /** The lowest and highest score this subscale can have, for charts and explanations. */
  range: { min: number; max: number };
  band: Band | null;
}

export interface ScoreResult {
  scores: Record<string, number>;
  subscales: SubscaleResult[];
  label: string | null;
}

export type ScoreProblem =
  | { kind: "missing"; itemIds: string[] }
  | { kind: "invalid"; itemIds: string[] }
  | { kind: "unknown"; itemIds: string[] };

export type ScoreOutcome = { ok: true; result: ScoreResult } | { ok: false; problems: ScoreProblem[] };

export function keyedAnswer(answer: number, reverse: boolean, scale: { min: number; max: number }): number {
  return reverse ? scale.min + scale.max - answer : answer;
}

export function subscaleRange(def: InstrumentDefinition, subscale: Subscale): { min: number; max: number } {
  const n = def.items.filter((item) => item.subscale === subscale.id).length;
  return subscale.scoring === "sum"
    ? { min: def.scale.min * n, max: def.scale.max * n }
    : { min: def.scale.min, max: def.scale.max };
}

/** Rounds away floating-point noise (e.g. 3.6666666666666665) without hiding real precision. */
function tidy(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}

export function findBand(bands: readonly Band[], score: number): Band | null {
  return bands.find((band) => score >= band.min && score <= band.max) ?? null;
}

export function scoreInstrument(def: InstrumentDefinition, responses: AnswerMap): ScoreOutcome {
  const missing: string[] = [];
  const invalid: string[] = [];
  for (const item of def.items) {
    if (
      !Object.hasOwn(responses, item.id) ||
      responses[item.id] === null ||
      responses[item.id] === undefined
    ) {
      missing.push(item.id);
      continue;
    }
    const answer = responses[item.id];
    if (
      typeof answer !== "number" ||
      !Number.isInteger(answer) ||
      answer < def.scale.min ||
      answer > def.scale.max
    ) {
      invalid.push(item.id);
    }
  }
  const known = new Set(def.items.map((item) => item.id));
  const unknown = Object.keys(responses).filter((id) => !known.has(id));
  const problems: ScoreProblem[] = [];
  if (missing.length) problems.push({ kind: "missing", itemIds: missing });
  if (invalid.length) problems.push({ kind: "invalid", itemIds: invalid });
  if (unknown.length) problems.push({ kind: "unknown", itemIds: unknown });
  if (problems.length) return { ok: false, problems };

  const subscales = def.subscales.map((subscale): SubscaleResult => {
    const keyed = def.items
      .filter((item) => item.subscale === subscale.id)
      .map((item) => keyedAnswer(responses[item.id] as number, item.reverse, def.scale));
    const sum = keyed.reduce((a, b) => a + b, 0);
    const score = tidy(subscale.scoring === "sum" ? sum : sum / keyed.length);
    return {
      id: subscale.id,
      score,
      range: subscaleRange(def, subscale),
      band: findBand(subscale.bands, score),
    };
  });
  const scores = Object.fromEntries(subscales.map((s) => [s.id, s.score]));
  return { ok: true, result: { scores, subscales, label: classify(def, scores) } };
}

export function classify(def: InstrumentDefinition, scores: Record<string, number>): string | null {
  const c = def.classification;
  if (!c) return null;
  const x = scores[c.x];
  const y = scores[c.y];
  if (x === undefined || y === undefined) return null;
  const highX = x > c.xCut;
  const highY = y > c.yCut;
  if (highX) return highY ? c.labels.highXhighY : c.labels.highXlowY;
  return highY ? c.labels.lowXhighY : c.labels.lowXlowY;
}
