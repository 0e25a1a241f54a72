import { z } from "zod";
import { BETRAYAL_ROLES, FORGIVENESS_ANSWERS, REPAIR_KINDS, REPAIR_RITUALS } from "../repairs/catalogue.ts";
import { Id, IsoDateTime, OptionalText, PersonRef, RequiredText, Visibility } from "./common.ts";
import { LocalDate } from "./show-it.ts";

export const MAX_REPAIR_TEXT = 5_000;

// ── repairs ─────────────────────────────────────────────────────────────────

export const CreateRepairBody = z.object({
  title: RequiredText(200).describe("a short, neutral name both can see, e.g. 'Saturday's argument'"),
  kind: z.enum(REPAIR_KINDS),
  myRole: z.enum(BETRAYAL_ROLES).optional().describe("betrayal only: my role; my partner has the other"),
});
export type CreateRepairBody = z.infer<typeof CreateRepairBody>;

export const RepairReflectionBody = z.object({
  happened: RequiredText(MAX_REPAIR_TEXT).describe("what happened for me"),
  felt: RequiredText(MAX_REPAIR_TEXT).describe("what I felt"),
  myPart: RequiredText(MAX_REPAIR_TEXT).describe("my own part"),
  wouldHelp: RequiredText(MAX_REPAIR_TEXT).describe("what would help"),
});
export type RepairReflectionBody = z.infer<typeof RepairReflectionBody>;
export const RepairReflection = RepairReflectionBody.extend({ author: PersonRef, writtenAt: IsoDateTime });

export const AmendBody = z.object({ body: RequiredText(MAX_REPAIR_TEXT) });
export const Amend = z.object({
  id: Id,
  author: PersonRef,
  mine: z.boolean(),
  body: z.string(),
  createdAt: IsoDateTime,
});

export const RitualBody = z
  .object({
    ritual: z.enum(REPAIR_RITUALS).optional().describe("one from the catalogue…"),
    custom: RequiredText(200).optional().describe("…or one the couple invented"),
  })
  .refine((b) => (b.ritual === undefined) !== (b.custom === undefined), {
    message: "give either a ritual from the catalogue or a custom one, not both",
    path: ["ritual"],
  });
export type RitualBody = z.infer<typeof RitualBody>;

export const ForgivenessBody = z.object({
  answer: z.enum(FORGIVENESS_ANSWERS).describe("'not-yet' is a valid answer"),
  note: OptionalText(MAX_REPAIR_TEXT).optional(),
  visibility: Visibility.optional().describe("private unless the author chooses to share"),
});
export type ForgivenessBody = z.infer<typeof ForgivenessBody>;
export const Forgiveness = z.object({
  author: PersonRef,
  answer: z.enum(FORGIVENESS_ANSWERS),
  note: z.string(),
  visibility: Visibility,
  updatedAt: IsoDateTime,
});

export const Repair = z.object({
  id: Id,
  title: z.string(),
  kind: z.enum(REPAIR_KINDS),
  startedBy: PersonRef,
  myRole: z.enum(BETRAYAL_ROLES).nullable(),
  status: z.enum(["reflecting", "talking", "done"]),
  revealed: z.boolean(),
  mine: RepairReflection.nullable(),
  partner: RepairReflection.nullable().describe("null until both have written"),
  partnerWritten: z.boolean().describe("whether my partner has written; never what"),
  amends: z.array(Amend),
  ritual: z.object({
    ritual: z.enum(REPAIR_RITUALS).nullable(),
    custom: z.string().nullable(),
    chosenBy: PersonRef.nullable(),
    doneAt: IsoDateTime.nullable(),
  }),
  forgiveness: z.object({
    mine: Forgiveness.nullable(),
    partner: Forgiveness.nullable().describe("only if my partner chose to share it"),
  }),
  recommendProfessional: z.boolean(),
  createdAt: IsoDateTime,
});
export type Repair = z.infer<typeof Repair>;
export const RepairResponse = z.object({ repair: Repair });
export const RepairListResponse = z.object({ repairs: z.array(Repair) });

// ── boundaries ──────────────────────────────────────────────────────────────

export const BOUNDARY_KINDS = ["need", "limit"] as const;
export const MAX_BOUNDARY_TEXT = 1_000;

export const ProposeBoundaryBody = z.object({
  kind: z
    .enum(BOUNDARY_KINDS)
    .describe("need: what I need to feel safe; limit: what I will no longer accept"),
  body: RequiredText(MAX_BOUNDARY_TEXT),
  reviewOn: LocalDate.optional().describe("when to look at it again; default in 90 days"),
});
export type ProposeBoundaryBody = z.infer<typeof ProposeBoundaryBody>;
export const RespondBoundaryBody = z.object({
  response: z.enum(["accept", "talk"]),
  note: OptionalText(MAX_BOUNDARY_TEXT).optional(),
});
export const CounterBoundaryBody = z.object({
  body: RequiredText(MAX_BOUNDARY_TEXT),
  note: OptionalText(MAX_BOUNDARY_TEXT).optional(),
});
export const CrossedBoundaryBody = z.object({
  body: RequiredText(2_000).describe("what happened, as an I-statement (coached); goes to the next check-in"),
});

export const Boundary = z.object({
  id: Id,
  seriesId: Id,
  version: z.number().int(),
  kind: z.enum(BOUNDARY_KINDS),
  body: z.string(),
  proposedBy: PersonRef,
  mine: z.boolean().describe("I proposed this version"),
  status: z.enum(["proposed", "talk", "agreed", "countered", "superseded"]),
  note: z.string().nullable().describe("the response's note (ask to talk, counter-proposal)"),
  reviewOn: LocalDate,
  createdAt: IsoDateTime,
  respondedAt: IsoDateTime.nullable(),
});
export type Boundary = z.infer<typeof Boundary>;
export const BoundaryResponse = z.object({ boundary: Boundary });
export const BoundaryDetailResponse = z.object({
  boundary: Boundary,
  versions: z.array(Boundary).describe("every version of this boundary, newest first"),
});
export const BoundaryListResponse = z.object({
  boundaries: z.array(Boundary).describe("the latest version of each boundary"),
});
export const AgendaItem = z.object({
  id: Id,
  author: PersonRef,
  boundaryId: Id.nullable(),
  body: z.string(),
  createdAt: IsoDateTime,
});
export const AgendaItemResponse = z.object({ item: AgendaItem });
