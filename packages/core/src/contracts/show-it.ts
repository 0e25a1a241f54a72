import { z } from "zod";
import { COACH_KINDS } from "../coach/types.ts";
import { REPEATS } from "../commitments/schedule.ts";
import { Id, IsoDateTime, OptionalText, PersonRef, RequiredText, Visibility } from "./common.ts";

export const LocalDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD");

// ── commitments ─────────────────────────────────────────────────────────────

export const MAX_COMMITMENT_TITLE = 200;

export const ScheduleBody = z.object({
  repeat: z.enum(REPEATS),
  startsOn: LocalDate,
  endsOn: LocalDate.nullish(),
  weekdays: z
    .array(z.number().int().min(1, "1 is Monday").max(7, "7 is Sunday"))
    .max(7)
    .optional()
    .describe("weekly only: ISO weekdays, 1 = Monday … 7 = Sunday"),
  timeZone: z.string().min(1).max(64).describe("IANA zone deciding which day 'today' is"),
});
export type ScheduleBody = z.infer<typeof ScheduleBody>;

export const CreateCommitmentBody = z.object({
  title: RequiredText(MAX_COMMITMENT_TITLE).describe("a specific, doable promise"),
  schedule: ScheduleBody,
  visibility: Visibility,
});
export type CreateCommitmentBody = z.infer<typeof CreateCommitmentBody>;

export const RenegotiateCommitmentBody = z.object({
  title: RequiredText(MAX_COMMITMENT_TITLE),
  schedule: ScheduleBody,
  reason: OptionalText(1000).optional().describe("why it changed, in a sentence"),
});
export const EndCommitmentBody = z.object({
  reason: RequiredText(1000).describe("ending a promise is said out loud, never silent"),
});
/** The longest note a mark may carry ("stuck at work, called at 8 instead"). */
export const MAX_OCCURRENCE_NOTE = 1000;
export const MarkOccurrenceBody = z.object({
  outcome: z.enum(["kept", "missed"]),
  note: OptionalText(MAX_OCCURRENCE_NOTE).optional(),
});

export const Occurrence = z.object({
  date: LocalDate,
  outcome: z.enum(["kept", "missed"]).nullable().describe("null: not marked yet"),
  note: z.string().nullable(),
  acknowledgedAt: IsoDateTime.nullable().describe("when the partner said 'I noticed'"),
});
const Window = z.object({ kept: z.number().int(), due: z.number().int() });
export const ReliabilityView = z.object({
  last30: Window,
  last90: Window,
  trend: z.enum(["rising", "steady", "falling", "too-early"]),
});

export const Commitment = z.object({
  id: Id,
  seriesId: Id.describe("shared by every version of one promise"),
  version: z.number().int(),
  author: PersonRef,
  mine: z.boolean(),
  title: z.string(),
  schedule: ScheduleBody,
  visibility: Visibility,
  status: z.enum(["active", "renegotiated", "ended"]),
  reason: z.string().nullable().describe("why this version was renegotiated or ended"),
  createdAt: IsoDateTime,
  today: LocalDate,
  nextDue: LocalDate.nullable(),
  occurrences: z.array(Occurrence).describe("the last 30 days' occurrences, newest first"),
  reliability: ReliabilityView.describe("over every version of the promise"),
});
export type Commitment = z.infer<typeof Commitment>;
export const CommitmentResponse = z.object({ commitment: Commitment });
export const CommitmentDetailResponse = z.object({
  commitment: Commitment,
  history: z.array(Commitment).describe("earlier versions, newest first"),
});
export const CommitmentListResponse = z.object({ commitments: z.array(Commitment) });

// ── daily trust action ──────────────────────────────────────────────────────

export const TrustActionQuery = z.object({
  timeZone: z.string().min(1).max(64).optional().describe("decides which day it is; default UTC"),
});
export const TrustActionToday = z.object({
  day: LocalDate,
  action: z
    .object({ id: z.string(), situations: z.array(z.string()) })
    .nullable()
    .describe("null when every fitting action was skipped today"),
  status: z.enum(["open", "done"]),
  doneTotal: z.number().int().describe("actions done so far, all time"),
});
export type TrustActionToday = z.infer<typeof TrustActionToday>;
export const TrustActionResponse = z.object({ today: TrustActionToday });

// ── thought records ─────────────────────────────────────────────────────────

export const MAX_THOUGHT_TEXT = 5_000;
const Intensity = z
  .number({ message: "must be a number from 0 to 100" })
  .int("must be a whole number from 0 to 100")
  .min(0, "must be from 0 to 100")
  .max(100, "must be from 0 to 100");
const Trap = z.enum(COACH_KINDS);

export const CreateThoughtRecordBody = z.object({
  situation: RequiredText(MAX_THOUGHT_TEXT).describe("what happened"),
  thought: RequiredText(MAX_THOUGHT_TEXT).describe("what I am telling myself"),
  intensityBefore: Intensity,
  traps: z.array(Trap).max(COACH_KINDS.length).optional().describe("thinking traps; the coach suggests"),
  evidenceFor: OptionalText(MAX_THOUGHT_TEXT).optional(),
  evidenceAgainst: OptionalText(MAX_THOUGHT_TEXT).optional(),
  alternative: OptionalText(MAX_THOUGHT_TEXT).optional().describe("a more generous explanation"),
  intensityAfter: Intensity.nullish(),
  visibility: Visibility.optional().describe("private unless the author chooses"),
});
export type CreateThoughtRecordBody = z.infer<typeof CreateThoughtRecordBody>;
export const UpdateThoughtRecordBody = z
  .object({
    situation: RequiredText(MAX_THOUGHT_TEXT),
    thought: RequiredText(MAX_THOUGHT_TEXT),
    intensityBefore: Intensity,
    traps: z.array(Trap).max(COACH_KINDS.length),
    evidenceFor: OptionalText(MAX_THOUGHT_TEXT),
    evidenceAgainst: OptionalText(MAX_THOUGHT_TEXT),
    alternative: OptionalText(MAX_THOUGHT_TEXT),
    intensityAfter: Intensity.nullable(),
    visibility: Visibility,
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "must change at least one field");
export type UpdateThoughtRecordBody = z.infer<typeof UpdateThoughtRecordBody>;

export const ThoughtRecord = z.object({
  id: Id,
  author: PersonRef,
  mine: z.boolean(),
  visibility: Visibility,
  situation: z.string(),
  thought: z.string(),
  intensityBefore: z.number().int(),
  traps: z.array(Trap),
  evidenceFor: z.string(),
  evidenceAgainst: z.string(),
  alternative: z.string(),
  intensityAfter: z.number().int().nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type ThoughtRecord = z.infer<typeof ThoughtRecord>;
export const ThoughtRecordResponse = z.object({ thoughtRecord: ThoughtRecord });
export const ThoughtRecordListResponse = z.object({ thoughtRecords: z.array(ThoughtRecord) });
export const ThoughtRecordStatsResponse = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      count: z.number().int(),
      meanBefore: z.number(),
      meanAfter: z.number().nullable(),
    }),
  ),
});
