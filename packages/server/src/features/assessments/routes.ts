import {
  ApiError,
  AssessmentListQuery,
  AssessmentListResponse,
  AssessmentResponse,
  CreateAssessmentBody,
  DraftResponse,
  Id,
  InstrumentId,
  InstrumentResponse,
  InstrumentsResponse,
  SaveDraftBody,
  UpdateAssessmentBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { presentAssessment } from "./presenter.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError };
const idParams = z.object({ id: Id });
const instrumentParams = z.object({ instrumentId: InstrumentId });

export function assessmentRoutes(app: ZodApp, { assessments }: Services): void {
  const present = (
    record: Parameters<typeof presentAssessment>[0],
    viewer: Parameters<typeof presentAssessment>[2],
  ) => presentAssessment(record, assessments.instruments.get(record.instrumentId), viewer);

  app.get(
    "/api/instruments",
    { schema: { tags: ["assessments"], response: { 200: InstrumentsResponse, 401: ApiError } } },
    async () => ({
      instruments: assessments.instruments.list().map((d) => ({
        id: d.id,
        version: d.version,
        title: d.title,
        intro: d.intro,
        itemCount: d.items.length,
      })),
    }),
  );

  app.get(
    "/api/instruments/:id",
    { schema: { tags: ["assessments"], params: idParams, response: { 200: InstrumentResponse, ...errors } } },
    async (request) => ({ instrument: assessments.instrument(request.params.id) }),
  );

  app.post(
    "/api/assessments",
    {
      schema: {
        tags: ["assessments"],
        body: CreateAssessmentBody,
        response: { 201: AssessmentResponse, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const record = await assessments.create(viewer, request.body);
      return reply.code(201).send({ assessment: present(record, viewer) });
    },
  );

  app.get(
    "/api/assessments",
    {
      schema: {
        tags: ["assessments"],
        querystring: AssessmentListQuery,
        response: { 200: AssessmentListResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const records = await assessments.list(viewer, request.query.instrumentId);
      return { assessments: records.map((r) => present(r, viewer)) };
    },
  );

  app.get(
    "/api/assessments/:id",
    { schema: { tags: ["assessments"], params: idParams, response: { 200: AssessmentResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      return { assessment: present(await assessments.get(viewer, request.params.id), viewer) };
    },
  );

  app.patch(
    "/api/assessments/:id",
    {
      schema: {
        tags: ["assessments"],
        params: idParams,
        body: UpdateAssessmentBody,
        response: { 200: AssessmentResponse, ...errors },
      },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const record = await assessments.setVisibility(viewer, request.params.id, request.body.visibility);
      return { assessment: present(record, viewer) };
    },
  );

  app.get(
    "/api/assessment-drafts/:instrumentId",
    {
      schema: {
        tags: ["assessments"],
        params: instrumentParams,
        response: { 200: DraftResponse, ...errors },
      },
    },
    async (request) => ({ draft: await assessments.draft(viewerOf(request), request.params.instrumentId) }),
  );

  app.put(
    "/api/assessment-drafts/:instrumentId",
    {
      schema: {
        tags: ["assessments"],
        params: instrumentParams,
        body: SaveDraftBody,
        response: { 200: DraftResponse, ...errors },
      },
    },
    async (request) => ({
      draft: await assessments.saveDraft(
        viewerOf(request),
        request.params.instrumentId,
        request.body.responses,
      ),
    }),
  );

  app.delete(
    "/api/assessment-drafts/:instrumentId",
    { schema: { tags: ["assessments"], params: instrumentParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await assessments.deleteDraft(viewerOf(request), request.params.instrumentId);
      return reply.code(204).send(null);
    },
  );
}
