import { z } from "zod";
import { Id, IsoDateTime, PersonRef, RequiredText, Visibility } from "./common.ts";

/** PRODUCT.md principle 5: small steps. The server refuses a third active goal. */
export const MAX_ACTIVE_GOALS = 2;

export const CreateGoalBody = z.object({
  title: RequiredText(200),
  visibility: Visibility.optional().describe("default: us when linked, else only me"),
});
export const UpdateGoalBody = z.object({ title: RequiredText(200) });
export const MilestoneBody = z.object({ title: RequiredText(200) });

export const Milestone = z.object({ id: Id, title: z.string(), doneAt: IsoDateTime.nullable() });
export const Goal = z.object({
  id: Id,
  author: PersonRef,
  mine: z.boolean(),
  title: z.string(),
  visibility: Visibility,
  status: z.enum(["active", "reached", "set-aside"]),
  milestones: z.array(Milestone),
  createdAt: IsoDateTime,
  reachedAt: IsoDateTime.nullable(),
});
export type Goal = z.infer<typeof Goal>;
export const GoalResponse = z.object({ goal: Goal });
export const GoalListResponse = z.object({ goals: z.array(Goal) });

export const TIMELINE_KINDS = [
  "linked",
  "first-checkin",
  "checkin",
  "commitments-kept",
  "repair-done",
  "goal-reached",
  "milestone-reached",
  "boundary-agreed",
] as const;
export const TimelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  at: IsoDateTime,
  by: PersonRef.nullable(),
  title: z.string().nullable(),
  count: z.number().int().nullable().describe("commitments-kept: promises kept that month"),
});
export type TimelineItem = z.infer<typeof TimelineItem>;
export const RatingPoint = z.object({
  at: IsoDateTime,
  author: PersonRef,
  mine: z.boolean(),
  safety: z.number().int(),
  trust: z.number().int(),
});
export const TimelineResponse = z.object({
  items: z.array(TimelineItem).describe("newest first"),
  ratings: z.array(RatingPoint).describe("revealed check-in ratings, oldest first"),
});

export const MAX_DISTRACTIONS = 20;
export const DistractionsBody = z.object({
  items: z.array(RequiredText(200)).max(MAX_DISTRACTIONS, `must be at most ${MAX_DISTRACTIONS} items`),
});
export const DistractionsResponse = z.object({ items: z.array(z.string()) });
