import {
  type CreateAssessmentBody,
  canChange,
  canRead,
  type InstrumentDefinition,
  type ReadScope,
  readScope,
  type ScoreProblem,
  scoreInstrument,
  type Viewer,
  type Visibility,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { HttpError, notFound } from "../../http/errors.ts";
import { assertVisibilityAllowed } from "../visibility-choice.ts";
import type { InstrumentRegistry } from "./instrument-registry.ts";
import type { AssessmentRecord, AssessmentRepo, DraftRecord } from "./repo.ts";

function problemIssues(def: InstrumentDefinition, problems: ScoreProblem[]) {
  const words = {
    missing: "is missing an answer",
    invalid: `must be a whole number from ${def.scale.min} to ${def.scale.max}`,
    unknown: "is not an item of this instrument",
  } as const;
  return problems.flatMap((p) =>
    p.itemIds.map((id) => ({ field: `responses.${id}`, problem: words[p.kind] })),
  );
}

function problemMessage(problems: ScoreProblem[]): string {
  const names = {
    missing: "missing answers",
    invalid: "answers off the scale",
    unknown: "unknown items",
  } as const;
  return problems.map((p) => `${names[p.kind]}: ${p.itemIds.join(", ")}`).join("; ");
}

export class AssessmentService {
  constructor(
    private readonly assessments: AssessmentRepo,
    readonly instruments: InstrumentRegistry,
    private readonly clock: Clock,
  ) {}

  instrument(id: string): InstrumentDefinition {
    const def = this.instruments.get(id);
    if (!def) throw new HttpError(404, "not_found", "No such instrument.");
    return def;
  }

  async create(viewer: Viewer, input: CreateAssessmentBody): Promise<AssessmentRecord> {
    const def = this.instrument(input.instrumentId);
    assertVisibilityAllowed(viewer, input.visibility);
    const outcome = scoreInstrument(def, input.responses);
    if (!outcome.ok) {
      throw new HttpError(
        400,
        "invalid_responses",
        problemMessage(outcome.problems),
        problemIssues(def, outcome.problems),
      );
    }
    const id = newId();
    await this.assessments.insert(
      {
        id,
        coupleId: viewer.coupleId,
        authorId: viewer.userId,
        instrumentId: def.id,
        instrumentVersion: def.version,
        scores: outcome.result.scores,
        label: outcome.result.label,
        visibility: input.visibility,
      },
      input.responses,
      this.clock.now(),
    );
    return this.get(viewer, id);
  }

  /** Results within `scope` (a counsellor's consented view, a report). */
  sharedWith(scope: ReadScope): Promise<AssessmentRecord[]> {
    return this.assessments.list(scope);
  }

  list(viewer: Viewer, instrumentId?: string): Promise<AssessmentRecord[]> {
    return this.assessments.list(readScope(viewer), instrumentId);
  }

  async get(viewer: Viewer, id: string): Promise<AssessmentRecord> {
    const record = await this.assessments.findVisible(readScope(viewer), id);
    if (!record || !canRead(viewer, record)) throw notFound("assessment");
    return record;
  }

  /** Sharing a result, or taking it back, is the author's choice alone. */
  async setVisibility(viewer: Viewer, id: string, visibility: Visibility): Promise<AssessmentRecord> {
    const record = await this.get(viewer, id);
    if (!canChange(viewer, record))
      throw new HttpError(403, "forbidden", "Only the person who took it can share it.");
    assertVisibilityAllowed(viewer, visibility);
    await this.assessments.setVisibility(viewer.userId, id, visibility, viewer.coupleId);
    return this.get(viewer, id);
  }

  async draft(viewer: Viewer, instrumentId: string): Promise<DraftRecord | null> {
    this.instrument(instrumentId);
    return (await this.assessments.findDraft(viewer.userId, instrumentId)) ?? null;
  }

  /** Saves answers in progress; each must be an item of the instrument and on its scale. */
  async saveDraft(
    viewer: Viewer,
    instrumentId: string,
    responses: Record<string, number>,
  ): Promise<DraftRecord> {
    const def = this.instrument(instrumentId);
    const issues = Object.entries(responses).flatMap(([itemId, answer]) => {
      if (!def.items.some((i) => i.id === itemId))
        return [{ field: `responses.${itemId}`, problem: "is not an item of this instrument" }];
      if (answer < def.scale.min || answer > def.scale.max) {
        return [
          { field: `responses.${itemId}`, problem: `must be from ${def.scale.min} to ${def.scale.max}` },
        ];
      }
      return [];
    });
    if (issues.length)
      throw new HttpError(
        400,
        "invalid_body",
        issues.map((i) => `${i.field}: ${i.problem}`).join("; "),
        issues,
      );
    await this.assessments.saveDraft(viewer.userId, instrumentId, responses, this.clock.now());
    const saved = await this.assessments.findDraft(viewer.userId, instrumentId);
    if (!saved) throw new Error("draft vanished after save");
    return saved;
  }

  async deleteDraft(viewer: Viewer, instrumentId: string): Promise<void> {
    this.instrument(instrumentId);
    await this.assessments.deleteDraft(viewer.userId, instrumentId);
  }
}
