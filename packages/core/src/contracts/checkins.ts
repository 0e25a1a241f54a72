import { z } from "zod";
import { CADENCES } from "../checkins/rhythm.ts";
import { Id, IsoDateTime, Text } from "./common.ts";
import { AgendaItem } from "./heal.ts";

/** Longest free-text answer in a check-in: a few sentences, not a letter. */
export const MAX_CHECKIN_TEXT = 2_000;

const Rating = (label: string) =>
  z
    .number({ message: "must be a number from 0 to 10" })
    .int("must be a whole number from 0 to 10")
    .min(0, "must be from 0 to 10")
    .max(10, "must be from 0 to 10")
    .describe(label);
const Answer = Text.max(MAX_CHECKIN_TEXT, `must be at most ${MAX_CHECKIN_TEXT} characters`).refine(
  (v) => v.trim().length > 0,
  "must not be empty",
);

export const RhythmBody = z.object({
  cadence: z.enum(CADENCES),
  weekday: z.number().int().min(1, "1 is Monday").max(7, "7 is Sunday"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM, 24-hour"),
  timeZone: z.string().min(1).max(64),
});
export type RhythmBody = z.infer<typeof RhythmBody>;

export const CheckinRhythm = RhythmBody.extend({
  status: z.enum(["proposed", "active"]),
  proposedBy: z.object({ id: Id, displayName: z.string() }),
  mine: z.boolean().describe("I proposed it (so my partner accepts it)"),
  startsOn: z.string(),
});
export const RhythmResponse = z.object({ rhythm: CheckinRhythm.nullable() });

export const CheckinAnswerBody = z.object({
  safety: Rating("how safe I felt, 0–10"),
  trust: Rating("how much I trust us right now, 0–10"),
  appreciation: Answer.describe("something I appreciated"),
  worry: Answer.describe("something that worried me, as an I-statement"),
  request: Answer.describe("one request"),
});
export type CheckinAnswerBody = z.infer<typeof CheckinAnswerBody>;

export const CheckinAnswer = CheckinAnswerBody.extend({
  author: z.object({ id: Id, displayName: z.string() }),
  answeredAt: IsoDateTime,
});

export const CheckinNoteBody = z.object({
  body: Text.max(MAX_CHECKIN_TEXT).refine((v) => v.trim().length > 0, "must not be empty"),
});
export const CheckinNote = z.object({
  id: Id,
  author: z.object({ id: Id, displayName: z.string() }),
  body: z.string(),
  createdAt: IsoDateTime,
});

export const Checkin = z.object({
  id: Id,
  kind: z.enum(["scheduled", "on-demand"]),
  status: z.enum(["upcoming", "open", "revealed", "missed"]),
  opensAt: IsoDateTime,
  closesAt: IsoDateTime.nullable(),
  revealed: z.boolean(),
  mine: CheckinAnswer.nullable(),
  partner: CheckinAnswer.nullable().describe("null until both have answered"),
  partnerAnswered: z.boolean().describe("whether my partner has answered; never what"),
  notes: z.array(CheckinNote).describe("additions after the reveal"),
  agenda: z
    .array(AgendaItem)
    .describe("raised for this check-in (a crossed boundary); before the reveal, everything raised so far"),
});
export type Checkin = z.infer<typeof Checkin>;
export const CheckinResponse = z.object({ checkin: Checkin });
export const CheckinListResponse = z.object({ checkins: z.array(Checkin) });
