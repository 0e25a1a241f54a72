/**
 * Batch use of the message coach: `npm run --silent coach -- --jsonl` reads one JSON object
 * `{"text": "..."}` per line on stdin and writes one `{"kinds": [...], "flags": [...]}` line per
 * input line, in order. A line that is not valid input gets `{"error": "..."}` instead.
 */
import { createInterface } from "node:readline";
import { answerLine } from "./coach-jsonl.ts";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!args.includes("--jsonl")) {
    process.stderr.write('usage: npm run --silent coach -- --jsonl  < lines of {"text": "..."}\n');
    process.exitCode = 2;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    process.stdout.write(`${answerLine(line)}\n`);
  }
}

await main();
