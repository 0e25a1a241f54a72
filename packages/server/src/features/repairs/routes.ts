import {
  AmendBody,
  ApiError,
  CreateRepairBody,
  ForgivenessBody,
  Id,
  RepairListResponse,
  RepairReflectionBody,
  RepairResponse,
  RitualBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });
const tags = ["repairs"];
const ok = { 200: RepairResponse, ...errors };

export function repairRoutes(app: ZodApp, { repairs }: Services): void {
  app.post(
    "/api/repairs",
    { schema: { tags, body: CreateRepairBody, response: { 201: RepairResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ repair: await repairs.create(viewerOf(request), request.body) }),
  );
  app.get(
    "/api/repairs",
    { schema: { tags, response: { 200: RepairListResponse, ...errors } } },
    async (request) => ({ repairs: await repairs.list(viewerOf(request)) }),
  );
  app.get("/api/repairs/:id", { schema: { tags, params, response: ok } }, async (request) => ({
    repair: await repairs.get(viewerOf(request), request.params.id),
  }));
  app.put(
    "/api/repairs/:id/reflection",
    { schema: { tags, params, body: RepairReflectionBody, response: ok } },
    async (request) => ({
      repair: await repairs.reflect(viewerOf(request), request.params.id, request.body),
    }),
  );
  app.post(
    "/api/repairs/:id/amends",
    { schema: { tags, params, body: AmendBody, response: { 201: RepairResponse, ...errors } } },
    async (request, reply) =>
      reply
        .code(201)
        .send({ repair: await repairs.addAmend(viewerOf(request), request.params.id, request.body.body) }),
  );
  app.put(
    "/api/repairs/:id/ritual",
    { schema: { tags, params, body: RitualBody, response: ok } },
    async (request) => ({
      repair: await repairs.chooseRitual(viewerOf(request), request.params.id, request.body),
    }),
  );
  app.post("/api/repairs/:id/ritual/done", { schema: { tags, params, response: ok } }, async (request) => ({
    repair: await repairs.ritualDone(viewerOf(request), request.params.id),
  }));
  app.put(
    "/api/repairs/:id/forgiveness",
    { schema: { tags, params, body: ForgivenessBody, response: ok } },
    async (request) => ({
      repair: await repairs.forgive(viewerOf(request), request.params.id, request.body),
    }),
  );
}
