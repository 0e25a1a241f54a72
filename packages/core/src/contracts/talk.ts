import { z } from "zod";
import { Id, IsoDateTime, MAX_TEXT_LENGTH, PersonRef, RequiredText } from "./common.ts";

/** A short note of thanks; longer thoughts belong in a letter. */
export const MAX_APPRECIATION_LENGTH = 2_000;

export const CreateAppreciationBody = z.object({ body: RequiredText(MAX_APPRECIATION_LENGTH) });
export const Appreciation = z.object({
  id: Id,
  author: PersonRef,
  mine: z.boolean(),
  body: z.string(),
  createdAt: IsoDateTime,
});
export type Appreciation = z.infer<typeof Appreciation>;
export const AppreciationResponse = z.object({ appreciation: Appreciation });
export const AppreciationListResponse = z.object({ appreciations: z.array(Appreciation) });
export const AppreciationJarResponse = z.object({
  appreciation: Appreciation.nullable().describe(
    "a random appreciation my partner wrote to me; null when none yet",
  ),
});

export const LetterKind = z.enum(["letter", "unsent"]);
export const DeliverAt = z.iso.datetime({
  offset: true,
  message: "must be an ISO 8601 date-time, e.g. 2026-12-24T18:00:00Z",
});
export const CreateLetterBody = z.object({
  body: RequiredText(MAX_TEXT_LENGTH),
  kind: LetterKind,
  deliverAt: DeliverAt.optional().describe(
    "letters only: when the partner may read it; must be in the future",
  ),
});
export type CreateLetterBody = z.infer<typeof CreateLetterBody>;
export const SendCopyBody = z.object({ deliverAt: DeliverAt.optional() });

export const Letter = z.object({
  id: Id,
  kind: LetterKind,
  author: PersonRef,
  mine: z.boolean(),
  body: z.string(),
  deliverAt: IsoDateTime.nullable().describe("null for unsent letters"),
  delivered: z.boolean().describe("the partner can read it now"),
  copiedFrom: Id.nullable(),
  createdAt: IsoDateTime,
});
export type Letter = z.infer<typeof Letter>;
export const LetterResponse = z.object({ letter: Letter });
export const LetterListResponse = z.object({ letters: z.array(Letter) });
