import {
  AgendaItemResponse,
  ApiError,
  BoundaryDetailResponse,
  BoundaryListResponse,
  BoundaryResponse,
  CounterBoundaryBody,
  CrossedBoundaryBody,
  Id,
  ProposeBoundaryBody,
  RespondBoundaryBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });
const tags = ["boundaries"];

export function boundaryRoutes(app: ZodApp, { boundaries }: Services): void {
  app.post(
    "/api/boundaries",
    { schema: { tags, body: ProposeBoundaryBody, response: { 201: BoundaryResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ boundary: await boundaries.propose(viewerOf(request), request.body) }),
  );
  app.get(
    "/api/boundaries",
    { schema: { tags, response: { 200: BoundaryListResponse, ...errors } } },
    async (request) => ({ boundaries: await boundaries.list(viewerOf(request)) }),
  );
  app.get(
    "/api/boundaries/:id",
    { schema: { tags, params, response: { 200: BoundaryDetailResponse, ...errors } } },
    async (request) => boundaries.get(viewerOf(request), request.params.id),
  );
  app.post(
    "/api/boundaries/:id/respond",
    { schema: { tags, params, body: RespondBoundaryBody, response: { 200: BoundaryResponse, ...errors } } },
    async (request) => ({
      boundary: await boundaries.respond(
        viewerOf(request),
        request.params.id,
        request.body.response,
        request.body.note,
      ),
    }),
  );
  app.post(
    "/api/boundaries/:id/counter",
    { schema: { tags, params, body: CounterBoundaryBody, response: { 201: BoundaryResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({
        boundary: await boundaries.counter(
          viewerOf(request),
          request.params.id,
          request.body.body,
          request.body.note,
        ),
      }),
  );
  app.post(
    "/api/boundaries/:id/crossed",
    { schema: { tags, params, body: CrossedBoundaryBody, response: { 201: AgendaItemResponse, ...errors } } },
    async (request, reply) =>
      reply
        .code(201)
        .send({ item: await boundaries.crossed(viewerOf(request), request.params.id, request.body.body) }),
  );
}
