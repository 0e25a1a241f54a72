/**
 * `npm run bench:coach`: messages per second of the message coach (`analyzeMessage`) next to the
 * AFINN `sentiment` package, on the same mixed corpus of ~200-character messages, in one run.
 *
 * The corpus is built deterministically from the coach's labelled dev set and holdout: their texts
 * are shuffled with a fixed seed, joined and cut at word boundaries into messages of at most 200
 * characters, so it mixes clean messages with every kind of flag. Both contenders are warmed up,
 * then measured in alternating order over several rounds; the table shows the medians, in wall
 * time and in CPU time of this (single-threaded) process, which a busy machine disturbs less.
 *
 * Env: BENCH_ROUNDS (measured rounds, default 7), BENCH_ROUND_MS (time per contender per round,
 * default 1000). Profile with `node --cpu-prof --cpu-prof-dir=bench/results/profiles --import tsx
 * bench/coach-speed.ts` and open the .cpuprofile in Chrome DevTools or speedscope.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Sentiment from "sentiment";
import { analyzeMessage } from "../packages/core/src/coach/index.ts";
import { median } from "./support/stats.ts";

const MESSAGE_LENGTH = 200;
const PASSES = 4;
const SEED = 20_251_126;
const ROUNDS = positiveInt(process.env.BENCH_ROUNDS, 7);
const ROUND_MS = positiveInt(process.env.BENCH_ROUND_MS, 1000);
const WARMUP_MS = 1500;
const TARGET_PER_SECOND = 20_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const DATA_DIR = path.resolve(here, "../packages/core/data/coach");
const RESULTS_DIR = path.resolve(here, "results");

interface Contender {
  name: string;
  /** Analyses one message; returns a number derived from the result so the work cannot be skipped. */
  run: (text: string) => number;
}

interface ContenderResult {
  name: string;
  /** Messages per wall-clock second, each round. */
  rounds: number[];
  median: number;
  min: number;
  max: number;
  microsPerMessage: number;
  /** Messages per second of this process's CPU time: steadier than wall time on a busy machine. */
  medianPerCpuSecond: number;
}

interface Round {
  perSecond: number;
  perCpuSecond: number;
  sink: number;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Small seeded PRNG (mulberry32), so the corpus is the same on every run and machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

function readTexts(file: string): string[] {
  return fs
    .readFileSync(path.join(DATA_DIR, file), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const row: unknown = JSON.parse(line);
      if (typeof row !== "object" || row === null || !("text" in row) || typeof row.text !== "string") {
        throw new Error(`${file}: a line without "text"`);
      }
      return row.text;
    });
}

/** Cuts a long text into messages of at most `length` characters, ending at a space. */
function cut(text: string, length: number): string[] {
  const messages: string[] = [];
  let from = 0;
  while (text.length - from >= length) {
    const window = text.slice(from, from + length);
    const lastSpace = window.lastIndexOf(" ");
    const end = lastSpace > length / 2 ? lastSpace : length;
    messages.push(text.slice(from, from + end).trim());
    from += end;
  }
  return messages;
}

function buildCorpus(): string[] {
  const texts = [...readTexts("dev-set.jsonl"), ...readTexts("holdout.jsonl")];
  const next = random(SEED);
  const corpus: string[] = [];
  // Several shuffles give different neighbours, so each message mixes different kinds.
  for (let pass = 0; pass < PASSES; pass++)
    corpus.push(...cut(shuffled(texts, next).join(" "), MESSAGE_LENGTH));
  return corpus;
}

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/** Runs `contender` over the corpus, round-robin, for about `ms` milliseconds. */
function measure(contender: Contender, corpus: readonly string[], ms: number): Round {
  let sink = 0;
  let count = 0;
  const cpuStarted = cpuMs();
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (const text of corpus) sink += contender.run(text);
    count += corpus.length;
    elapsed = performance.now() - started;
  }
  const cpu = Math.max(cpuMs() - cpuStarted, 1e-3);
  return { perSecond: (count * 1000) / elapsed, perCpuSecond: (count * 1000) / cpu, sink };
}

function summarize(name: string, measured: readonly Round[]): ContenderResult {
  const rounds = measured.map((round) => round.perSecond);
  const mid = median(rounds);
  return {
    name,
    rounds: rounds.map(Math.round),
    median: Math.round(mid),
    min: Math.round(Math.min(...rounds)),
    max: Math.round(Math.max(...rounds)),
    microsPerMessage: Number((1e6 / mid).toFixed(2)),
    medianPerCpuSecond: Math.round(median(measured.map((round) => round.perCpuSecond))),
  };
}

function printTable(results: readonly ContenderResult[], ratio: number, cpuRatio: number): void {
  const row = (cells: string[]) =>
    `${(cells[0] ?? "").padEnd(24)}${cells
      .slice(1)
      .map((cell) => cell.padStart(14))
      .join("")}\n`;
  process.stdout.write(row(["contender", "median msg/s", "min msg/s", "max msg/s", "µs/msg", "msg/CPU-s"]));
  for (const r of results) {
    process.stdout.write(
      row([
        r.name,
        r.median.toLocaleString("en"),
        r.min.toLocaleString("en"),
        r.max.toLocaleString("en"),
        r.microsPerMessage.toFixed(2),
        r.medianPerCpuSecond.toLocaleString("en"),
      ]),
    );
  }
  process.stdout.write(
    `\nratio coach/sentiment (medians): ${ratio.toFixed(2)} wall, ${cpuRatio.toFixed(2)} CPU time\n`,
  );
}

function main(): void {
  const corpus = buildCorpus();
  const meanLength = corpus.reduce((sum, text) => sum + text.length, 0) / corpus.length;
  const flagged = corpus.filter((text) => analyzeMessage(text).flags.length > 0).length;
  const sentiment = new Sentiment();
  const contenders: Contender[] = [
    { name: "coach analyzeMessage", run: (text) => analyzeMessage(text).flags.length },
    { name: "sentiment (AFINN)", run: (text) => sentiment.analyze(text).score },
  ];

  process.stdout.write(
    `coach speed: ${corpus.length} messages, mean ${meanLength.toFixed(0)} characters, ` +
      `${flagged} with flags; ${ROUNDS} rounds × ${ROUND_MS} ms; node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}\n\n`,
  );

  let sink = 0;
  for (const contender of contenders) sink += measure(contender, corpus, WARMUP_MS).sink;

  const rounds = new Map<string, Round[]>(contenders.map((c) => [c.name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which contender goes first, so neither always runs on a hotter or cooler machine.
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    for (const contender of order) {
      const round = measure(contender, corpus, ROUND_MS);
      sink += round.sink;
      rounds.get(contender.name)?.push(round);
    }
  }

  const results = contenders.map((c) => summarize(c.name, rounds.get(c.name) ?? []));
  const [coach, afinn] = results;
  const ratio =
    coach !== undefined && afinn !== undefined && afinn.median > 0 ? coach.median / afinn.median : 0;
  const cpuRatio =
    coach !== undefined && afinn !== undefined && afinn.medianPerCpuSecond > 0
      ? coach.medianPerCpuSecond / afinn.medianPerCpuSecond
      : 0;
  printTable(results, ratio, cpuRatio);
  const meetsTarget = (coach?.median ?? 0) >= TARGET_PER_SECOND && ratio >= 1;
  process.stdout.write(
    `target: ≥ ${TARGET_PER_SECOND.toLocaleString("en")} msg/s and ≥ sentiment: ${meetsTarget ? "met" : "NOT met"}\n`,
  );

  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `coach-speed-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpu: os.cpus()[0]?.model ?? null,
    corpus: { messages: corpus.length, meanLength: Number(meanLength.toFixed(1)), flagged, seed: SEED },
    rounds: ROUNDS,
    roundMs: ROUND_MS,
    results,
    ratioCoachToSentiment: Number(ratio.toFixed(3)),
    ratioCoachToSentimentCpu: Number(cpuRatio.toFixed(3)),
    target: { perSecond: TARGET_PER_SECOND, met: meetsTarget },
    sink,
  };
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`results: ${path.relative(process.cwd(), file)}\n`);
}

main();
