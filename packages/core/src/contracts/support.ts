import { z } from "zod";
import { Assessment } from "./assessments.ts";
import { CheckinAnswer, CheckinNote } from "./checkins.ts";
import { Id, IsoDateTime, PersonRef, Text } from "./common.ts";
import { Boundary, RepairReflection } from "./heal.ts";
import { Goal } from "./pace.ts";
import { Commitment, LocalDate } from "./show-it.ts";

/**
 * What a couple may share with their counsellor, one category at a time, and only when both
 * partners agree. Private entries, unsent letters, sealed answers and the safety check are never
 * in any category (PRODUCT.md principle 1).
 */
export const COUNSELLOR_CATEGORIES = [
  "assessments",
  "checkins",
  "commitments",
  "repairs",
  "boundaries",
  "goals",
] as const;
export const CounsellorCategory = z.enum(COUNSELLOR_CATEGORIES);
export type CounsellorCategory = z.infer<typeof CounsellorCategory>;

export const ConsentBody = z.object({
  categories: z
    .array(CounsellorCategory)
    .max(COUNSELLOR_CATEGORIES.length)
    .describe("everything I agree to share; leaving one out withdraws it at once"),
});
export const ConsentView = z.object({
  mine: z.array(CounsellorCategory),
  partner: z.array(CounsellorCategory),
  effective: z.array(CounsellorCategory).describe("what both agreed: what the counsellor can see"),
  counsellors: z.array(PersonRef.extend({ joinedAt: IsoDateTime })),
});
export const ConsentResponse = z.object({ consent: ConsentView });

export const CounsellorJoinBody = z.object({ code: Text.trim().min(1, "must not be empty").max(32) });
export const CounsellorCouple = z.object({
  id: Id,
  partners: z.array(PersonRef),
  categories: z.array(CounsellorCategory).describe("what both partners currently share with me"),
  joinedAt: IsoDateTime,
});
export const CounsellorJoinResponse = z.object({ couple: CounsellorCouple });
export const CounsellorCouplesResponse = z.object({ couples: z.array(CounsellorCouple) });

export const AccessLogEntry = z.object({
  id: Id,
  counsellor: PersonRef,
  category: z.union([CounsellorCategory, z.literal("report")]),
  at: IsoDateTime,
});
export const AccessLogResponse = z.object({ entries: z.array(AccessLogEntry).describe("newest first") });

// What the counsellor reads, by category: shared and revealed things only.
export const CounsellorAssessmentsResponse = z.object({ assessments: z.array(Assessment) });
export const CounsellorCheckin = z.object({
  id: Id,
  revealedAt: IsoDateTime,
  answers: z.array(CheckinAnswer),
  notes: z.array(CheckinNote),
});
export const CounsellorCheckinsResponse = z.object({ checkins: z.array(CounsellorCheckin) });
export const CounsellorCommitmentsResponse = z.object({ commitments: z.array(Commitment) });
export const CounsellorRepair = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(["rupture", "betrayal"]),
  status: z.enum(["reflecting", "talking", "done"]),
  reflections: z.array(RepairReflection).describe("only once both have written"),
  amends: z.array(z.object({ author: PersonRef, body: z.string(), createdAt: IsoDateTime })),
  ritual: z.string().nullable(),
  createdAt: IsoDateTime,
});
export const CounsellorRepairsResponse = z.object({ repairs: z.array(CounsellorRepair) });
export const CounsellorBoundariesResponse = z.object({ boundaries: z.array(Boundary) });
export const CounsellorGoalsResponse = z.object({ goals: z.array(Goal) });

// ── exercises ───────────────────────────────────────────────────────────────

export const EXERCISE_KINDS = ["prompt", "instrument", "commitment-idea", "ritual"] as const;
export const AssignExerciseBody = z.object({
  kind: z.enum(EXERCISE_KINDS),
  ref: z.string().min(1).max(100).describe("the catalogue id: a prompt, instrument, trust action or ritual"),
  note: Text.max(1000, "must be at most 1000 characters").optional(),
});
export const Exercise = z.object({
  id: Id,
  kind: z.enum(EXERCISE_KINDS),
  ref: z.string(),
  note: z.string(),
  assignedBy: PersonRef,
  assignedAt: IsoDateTime,
  doneAt: IsoDateTime.nullable(),
  doneBy: PersonRef.nullable(),
});
export const ExerciseResponse = z.object({ exercise: Exercise });
export const ExerciseListResponse = z.object({ exercises: z.array(Exercise) });

// ── session-prep report ─────────────────────────────────────────────────────

export const CreateReportBody = z.object({
  from: LocalDate,
  to: LocalDate,
});
export const Report = z.object({
  id: Id,
  from: LocalDate,
  to: LocalDate,
  categories: z.array(CounsellorCategory).describe("what both shared when it was made"),
  createdBy: PersonRef,
  createdAt: IsoDateTime,
  approvedByMe: z.boolean(),
  approvedByPartner: z.boolean(),
  approved: z.boolean().describe("both approved: the counsellor can open it"),
});
export const ReportResponse = z.object({ report: Report });
export const ReportListResponse = z.object({ reports: z.array(Report) });
export type CounsellorRepair = z.infer<typeof CounsellorRepair>;
export type CounsellorCheckin = z.infer<typeof CounsellorCheckin>;
