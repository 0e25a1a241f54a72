import { z } from "zod";
import { Id, IsoDateTime, MAX_TEXT_LENGTH, Text, Visibility } from "./common.ts";

export const JournalBody = Text.max(MAX_TEXT_LENGTH, `must be at most ${MAX_TEXT_LENGTH} characters`).refine(
  (value) => value.trim().length > 0,
  "must not be empty",
);

export const PromptId = z.string().min(1).max(64);

export const CreateJournalEntryBody = z.object({
  body: JournalBody,
  visibility: Visibility,
  prompt: PromptId.optional().describe("id of the guided prompt this entry answers"),
});
export type CreateJournalEntryBody = z.infer<typeof CreateJournalEntryBody>;

export const UpdateJournalEntryBody = z
  .object({ body: JournalBody.optional(), visibility: Visibility.optional() })
  .refine((value) => value.body !== undefined || value.visibility !== undefined, {
    message: "give body or visibility",
  });
export type UpdateJournalEntryBody = z.infer<typeof UpdateJournalEntryBody>;

export const JournalEntry = z.object({
  id: Id,
  author: z.object({ id: Id, displayName: z.string() }),
  mine: z.boolean(),
  body: z.string(),
  visibility: Visibility,
  prompt: PromptId.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const JournalEntryResponse = z.object({ entry: JournalEntry });
export const JournalListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
});
export const JournalListResponse = z.object({
  entries: z.array(JournalEntry),
  nextCursor: z.string().nullable().describe("pass as ?cursor= for the next page; null on the last"),
});
export type JournalListResponse = z.infer<typeof JournalListResponse>;
