/**
 * Scores the message coach on a labelled JSON-lines file (default: the development set).
 * `npm run coach:eval [-- --file path.jsonl] [--errors]` prints precision, recall and F1 per kind,
 * macro averages, the share of clean messages flagged, and throughput.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { analyzeMessage, COACH_KINDS, type CoachKind } from "../src/coach/index.ts";

const Labelled = z.object({ text: z.string(), kinds: z.array(z.enum(COACH_KINDS)) });
type Labelled = z.infer<typeof Labelled>;

// The eight thinking-trap kinds scored on outside data (contempt and ultimatum are couple-specific).
const TRAPS: readonly CoachKind[] = COACH_KINDS.filter((kind) => kind !== "contempt" && kind !== "ultimatum");

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const fileArg = args.indexOf("--file");
const file =
  fileArg >= 0 && args[fileArg + 1]
    ? resolve(args[fileArg + 1] ?? "")
    : resolve(here, "../data/coach/dev-set.jsonl");
const showErrors = args.includes("--errors");

const rows: Labelled[] = [];
readFileSync(file, "utf8")
  .split("\n")
  .forEach((line, index) => {
    if (line.trim() === "") return;
    const parsed = Labelled.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
    rows.push(parsed.data);
  });

const counts = new Map<CoachKind, { tp: number; fp: number; fn: number; support: number }>();
for (const kind of COACH_KINDS) counts.set(kind, { tp: 0, fp: 0, fn: 0, support: 0 });
let clean = 0;
let cleanFlagged = 0;
const started = performance.now();
const predictions = rows.map((row) => new Set(analyzeMessage(row.text).kinds));
const elapsed = performance.now() - started;

rows.forEach((row, i) => {
  const predicted = predictions[i] ?? new Set<CoachKind>();
  const gold = new Set(row.kinds);
  if (gold.size === 0) {
    clean++;
    if (predicted.size > 0) cleanFlagged++;
  }
  for (const kind of COACH_KINDS) {
    const c = counts.get(kind);
    if (c === undefined) continue;
    if (gold.has(kind)) c.support++;
    if (gold.has(kind) && predicted.has(kind)) c.tp++;
    else if (predicted.has(kind)) c.fp++;
    else if (gold.has(kind)) c.fn++;
  }
  if (showErrors && (row.kinds.some((k) => !predicted.has(k)) || [...predicted].some((k) => !gold.has(k)))) {
    const missed = row.kinds.filter((k) => !predicted.has(k));
    const extra = [...predicted].filter((k) => !gold.has(k));
    process.stdout.write(
      `${JSON.stringify(row.text)}\n    missed: ${missed.join(", ") || "-"}   extra: ${extra.join(", ") || "-"}\n`,
    );
  }
});

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const pad = (value: string, width: number) => value.padStart(width);
const fmt = (value: number) => value.toFixed(3);

process.stdout.write(`\n${file}\n${rows.length} messages, ${clean} clean\n\n`);
process.stdout.write(
  `${"kind".padEnd(18)}${pad("support", 8)}${pad("precision", 11)}${pad("recall", 8)}${pad("F1", 7)}\n`,
);
const f1s = new Map<CoachKind, number>();
for (const kind of COACH_KINDS) {
  const c = counts.get(kind);
  if (c === undefined) continue;
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  const f1 = ratio(2 * precision * recall, precision + recall);
  f1s.set(kind, f1);
  process.stdout.write(
    `${kind.padEnd(18)}${pad(String(c.support), 8)}${pad(fmt(precision), 11)}${pad(fmt(recall), 8)}${pad(fmt(f1), 7)}\n`,
  );
}
const macro = (kinds: readonly CoachKind[]) =>
  kinds.reduce((sum, kind) => sum + (f1s.get(kind) ?? 0), 0) / kinds.length;
process.stdout.write(`\nmacro-F1, all ten kinds:        ${fmt(macro(COACH_KINDS))}\n`);
process.stdout.write(`macro-F1, eight thinking traps: ${fmt(macro(TRAPS))}\n`);
process.stdout.write(
  `clean messages flagged:         ${cleanFlagged}/${clean} (${(100 * ratio(cleanFlagged, clean)).toFixed(1)} %)\n`,
);
process.stdout.write(`speed: ${Math.round(rows.length / (elapsed / 1000))} messages/s (first pass, cold)\n`);
