/**
 * Batch use of the message coach: `npm run --silent coach -- --jsonl` reads one JSON object
 * `{"text": "..."}` per line on stdin and writes one `{"kinds": [...], "flags": [...]}` line per
 * input line, in order. A line that is not valid input gets `{"error": "..."}` instead.
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { analyzeMessage } from "../src/coach/index.ts";

const Input = z.object({ text: z.string() });

function answer(line: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: "not valid JSON" });
  }
  const input = Input.safeParse(parsed);
  if (!input.success) return JSON.stringify({ error: 'expected an object like {"text": "..."}' });
  try {
    return JSON.stringify(analyzeMessage(input.data.text));
  } catch (error) {
    return JSON.stringify({ error: error instanceof Error ? error.message : "analysis failed" });
  }
}

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
    process.stdout.write(`${answer(line)}\n`);
  }
}

await main();
