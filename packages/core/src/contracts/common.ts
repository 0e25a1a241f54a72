import { z } from "zod";

/**
 * Opaque identifiers (UUIDs today). A path id of any other shape names nothing, so the server
 * answers 404 for it; in a body it is a 400.
 */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "is not an id");

/**
 * Text as people type it, any Unicode — except NUL, which PostgreSQL cannot store and no person
 * types. Refusing it here keeps both databases answering alike.
 */
export const Text = z
  .string()
  .refine((value) => !value.includes("\u0000"), "must not contain NUL characters");
export type Id = z.infer<typeof Id>;

export const IsoDateTime = z.string().describe("ISO 8601 date-time in UTC");

/** The body of every error answer: a machine code, a sentence for people, and the fields at fault. */
export const ApiError = z.object({
  error: z.string().describe("machine-readable code, e.g. invalid_body, not_found"),
  message: z.string(),
  issues: z
    .array(z.object({ field: z.string(), problem: z.string() }))
    .optional()
    .describe("one entry per field at fault"),
});
export type ApiError = z.infer<typeof ApiError>;

/** Who may read an entry. `counsellor` arrives with the counsellor feature. */
export const Visibility = z.enum(["private", "couple"]);
export type Visibility = z.infer<typeof Visibility>;

/** Longest free text Mend accepts in one field (characters). */
export const MAX_TEXT_LENGTH = 50_000;

/** Someone named in an answer: who wrote, proposed or approved something. */
export const PersonRef = z.object({ id: Id, displayName: z.string() });

/** Free text that must say something, up to `max` characters. */
export const RequiredText = (max: number) =>
  Text.max(max, `must be at most ${max} characters`).refine((v) => v.trim().length > 0, "must not be empty");

/** Free text that may be empty, up to `max` characters. */
export const OptionalText = (max: number) => Text.max(max, `must be at most ${max} characters`);
