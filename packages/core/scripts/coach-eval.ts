/**
 * Scores the message coach on a labelled JSON-lines file (default: the development set).
 * `npm run coach:eval [-- --file path.jsonl] [--errors]` prints precision, recall and F1 per kind,
 * macro averages, the share of clean messages flagged, and throughput.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { scoreCoach } from "../src/coach/score.ts";
import { readLabelled } from "./coach-labelled.ts";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const fileArg = args.indexOf("--file");
const file =
  fileArg >= 0 && args[fileArg + 1]
    ? resolve(args[fileArg + 1] ?? "")
    : resolve(here, "../data/coach/dev-set.jsonl");
const showErrors = args.includes("--errors");

const rows = readLabelled(file);
const started = performance.now();
const score = scoreCoach(rows);
const elapsed = performance.now() - started;

if (showErrors) {
  for (const error of score.errors) {
    process.stdout.write(
      `${JSON.stringify(error.text)}\n    missed: ${error.missed.join(", ") || "-"}   extra: ${error.extra.join(", ") || "-"}\n`,
    );
  }
}

const pad = (value: string, width: number) => value.padStart(width);
const fmt = (value: number) => value.toFixed(3);

process.stdout.write(`\n${file}\n${rows.length} messages, ${score.clean} clean\n\n`);
process.stdout.write(
  `${"kind".padEnd(18)}${pad("support", 8)}${pad("precision", 11)}${pad("recall", 8)}${pad("F1", 7)}\n`,
);
for (const k of score.kinds) {
  process.stdout.write(
    `${k.kind.padEnd(18)}${pad(String(k.support), 8)}${pad(fmt(k.precision), 11)}${pad(fmt(k.recall), 8)}${pad(fmt(k.f1), 7)}\n`,
  );
}
const share = score.clean === 0 ? 0 : score.cleanFlagged / score.clean;
process.stdout.write(`\nmacro-F1, all ten kinds:        ${fmt(score.macroAll)}\n`);
process.stdout.write(`macro-F1, eight thinking traps: ${fmt(score.macroTraps)}\n`);
process.stdout.write(
  `clean messages flagged:         ${score.cleanFlagged}/${score.clean} (${(100 * share).toFixed(1)} %)\n`,
);
process.stdout.write(`speed: ${Math.round(rows.length / (elapsed / 1000))} messages/s (first pass, cold)\n`);
