/** Reads a labelled JSON-lines file ({"text", "kinds"} per line) for scoring the coach. */
import { readFileSync } from "node:fs";
import { z } from "zod";
import type { LabelledMessage } from "../src/coach/score.ts";
import { COACH_KINDS } from "../src/coach/types.ts";

// Other fields (such as a thought's writing round) may ride along; scoring reads these two.
const Labelled = z.object({ text: z.string(), kinds: z.array(z.enum(COACH_KINDS)) });

export function readLabelled(file: string): LabelledMessage[] {
  const rows: LabelledMessage[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      const parsed = Labelled.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      rows.push(parsed.data);
    });
  return rows;
}
