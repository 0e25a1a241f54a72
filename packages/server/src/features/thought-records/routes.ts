import {
  ApiError,
  CreateThoughtRecordBody,
  Id,
  ThoughtRecordListResponse,
  ThoughtRecordResponse,
  ThoughtRecordStatsResponse,
  UpdateThoughtRecordBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError };
const params = z.object({ id: Id });
const tags = ["thought records"];

export function thoughtRecordRoutes(app: ZodApp, { thoughtRecords }: Services): void {
  app.post(
    "/api/thought-records",
    { schema: { tags, body: CreateThoughtRecordBody, response: { 201: ThoughtRecordResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ thoughtRecord: await thoughtRecords.create(viewerOf(request), request.body) }),
  );
  app.get(
    "/api/thought-records",
    { schema: { tags, response: { 200: ThoughtRecordListResponse, ...errors } } },
    async (request) => ({ thoughtRecords: await thoughtRecords.list(viewerOf(request)) }),
  );
  app.get(
    "/api/thought-records/stats",
    { schema: { tags, response: { 200: ThoughtRecordStatsResponse, ...errors } } },
    async (request) => ({ months: await thoughtRecords.stats(viewerOf(request)) }),
  );
  app.get(
    "/api/thought-records/:id",
    { schema: { tags, params, response: { 200: ThoughtRecordResponse, ...errors } } },
    async (request) => ({ thoughtRecord: await thoughtRecords.get(viewerOf(request), request.params.id) }),
  );
  app.patch(
    "/api/thought-records/:id",
    {
      schema: {
        tags,
        params,
        body: UpdateThoughtRecordBody,
        response: { 200: ThoughtRecordResponse, ...errors },
      },
    },
    async (request) => ({
      thoughtRecord: await thoughtRecords.update(viewerOf(request), request.params.id, request.body),
    }),
  );
  app.delete(
    "/api/thought-records/:id",
    { schema: { tags, params, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await thoughtRecords.remove(viewerOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
