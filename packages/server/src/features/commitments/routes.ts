import {
  ApiError,
  CommitmentDetailResponse,
  CommitmentListResponse,
  CommitmentResponse,
  CreateCommitmentBody,
  EndCommitmentBody,
  Id,
  LocalDate,
  MarkOccurrenceBody,
  RenegotiateCommitmentBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });
const occurrence = z.object({ id: Id, date: LocalDate });
const tags = ["commitments"];

export function commitmentRoutes(app: ZodApp, { commitments }: Services): void {
  app.post(
    "/api/commitments",
    { schema: { tags, body: CreateCommitmentBody, response: { 201: CommitmentResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ commitment: await commitments.create(viewerOf(request), request.body) }),
  );

  app.get(
    "/api/commitments",
    { schema: { tags, response: { 200: CommitmentListResponse, ...errors } } },
    async (request) => ({ commitments: await commitments.list(viewerOf(request)) }),
  );

  app.get(
    "/api/commitments/:id",
    { schema: { tags, params, response: { 200: CommitmentDetailResponse, ...errors } } },
    async (request) => commitments.get(viewerOf(request), request.params.id),
  );

  app.put(
    "/api/commitments/:id/occurrences/:date",
    {
      schema: {
        tags,
        params: occurrence,
        body: MarkOccurrenceBody,
        response: { 200: CommitmentResponse, ...errors },
      },
    },
    async (request) => ({
      commitment: await commitments.mark(
        viewerOf(request),
        request.params.id,
        request.params.date,
        request.body,
      ),
    }),
  );

  app.post(
    "/api/commitments/:id/occurrences/:date/acknowledge",
    { schema: { tags, params: occurrence, response: { 200: CommitmentResponse, ...errors } } },
    async (request) => ({
      commitment: await commitments.acknowledge(viewerOf(request), request.params.id, request.params.date),
    }),
  );

  app.post(
    "/api/commitments/:id/renegotiate",
    {
      schema: {
        tags,
        params,
        body: RenegotiateCommitmentBody,
        response: { 201: CommitmentResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply.code(201).send({
        commitment: await commitments.renegotiate(viewerOf(request), request.params.id, request.body),
      }),
  );

  app.post(
    "/api/commitments/:id/end",
    { schema: { tags, params, body: EndCommitmentBody, response: { 200: CommitmentResponse, ...errors } } },
    async (request) => ({
      commitment: await commitments.end(viewerOf(request), request.params.id, request.body.reason),
    }),
  );
}
