import { z } from "zod";
import { COACH_KINDS } from "../coach/types.ts";
import { MAX_TEXT_LENGTH, Text } from "./common.ts";

export const CoachAnalyzeBody = z.object({
  text: Text.max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`),
  rewrite: z.boolean().default(true).describe("also suggest an I-statement rewrite"),
});

const Kind = z.enum(COACH_KINDS);
const Part = z.object({ text: z.string(), filled: z.boolean(), placeholder: z.string() });

export const CoachAnalyzeResponse = z.object({
  kinds: z.array(Kind),
  flags: z.array(
    z.object({
      kind: Kind,
      target: z.enum(["partner", "self", "other"]),
      start: z.number().int(),
      end: z.number().int(),
      explanation: z.string(),
      explanationKey: z.string(),
      suggestion: z.string().optional(),
      suggestionKey: z.string().optional(),
    }),
  ),
  rewrite: z
    .object({
      text: z.string(),
      parts: z.object({ observation: Part, feeling: Part, need: Part, request: Part }),
      placeholders: z.array(z.string()),
    })
    .nullable(),
});
export type CoachAnalyzeResponse = z.infer<typeof CoachAnalyzeResponse>;
