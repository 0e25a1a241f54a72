/** One line of the coach's JSON-lines protocol, kept free of Node APIs so it can be tested in core. */
import { z } from "zod";
import { analyzeMessage } from "../src/coach/index.ts";

const Input = z.object({ text: z.string() });

/** Answers one input line with one output line: the analysis, or `{"error": "..."}`. */
export function answerLine(line: string): string {
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
