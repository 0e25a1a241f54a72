import { z } from "zod";
import { InstrumentDefinition } from "../instruments/schema.ts";
import { Id, IsoDateTime, Visibility } from "./common.ts";

export const InstrumentId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, "is not an instrument id");

export const InstrumentSummary = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  intro: z.string(),
  itemCount: z.number(),
});
export const InstrumentsResponse = z.object({ instruments: z.array(InstrumentSummary) });
export const InstrumentResponse = z.object({ instrument: InstrumentDefinition });

/** Answers keyed by item id. Values are checked against the instrument's scale by the engine. */
export const Responses = z.record(z.string().max(64), z.unknown());

export const CreateAssessmentBody = z.object({
  instrumentId: InstrumentId,
  responses: Responses,
  visibility: Visibility.default("private"),
});
export type CreateAssessmentBody = z.infer<typeof CreateAssessmentBody>;

export const UpdateAssessmentBody = z.object({ visibility: Visibility });

export const SubscaleScore = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number(),
  range: z.object({ min: z.number(), max: z.number() }),
  band: z.object({ label: z.string(), meaning: z.string() }).nullable(),
});

export const Assessment = z.object({
  id: Id,
  instrumentId: z.string(),
  version: z.number(),
  author: z.object({ id: Id, displayName: z.string() }),
  mine: z.boolean(),
  visibility: Visibility,
  scores: z.record(z.string(), z.number()),
  subscales: z.array(SubscaleScore),
  label: z.string().optional(),
  labelExplanation: z.string().optional(),
  createdAt: IsoDateTime,
});
export type Assessment = z.infer<typeof Assessment>;

export const AssessmentResponse = z.object({ assessment: Assessment });
export const AssessmentListQuery = z.object({ instrumentId: InstrumentId.optional() });
export const AssessmentListResponse = z.object({ assessments: z.array(Assessment) });

export const AssessmentDraft = z.object({
  instrumentId: z.string(),
  responses: z.record(z.string(), z.number()),
  updatedAt: IsoDateTime,
});
export const SaveDraftBody = z.object({
  responses: z.record(z.string().max(64), z.number().int().min(-100).max(100)),
});
export const DraftResponse = z.object({ draft: AssessmentDraft.nullable() });
