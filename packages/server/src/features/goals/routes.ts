import {
  ApiError,
  CreateGoalBody,
  GoalListResponse,
  GoalResponse,
  Id,
  MilestoneBody,
  UpdateGoalBody,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });
const tags = ["goals"];
const ok = { 200: GoalResponse, ...errors };

export function goalRoutes(app: ZodApp, { goals }: Services): void {
  app.post(
    "/api/goals",
    { schema: { tags, body: CreateGoalBody, response: { 201: GoalResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ goal: await goals.create(viewerOf(request), request.body) }),
  );
  app.get(
    "/api/goals",
    { schema: { tags, response: { 200: GoalListResponse, ...errors } } },
    async (request) => ({
      goals: await goals.list(viewerOf(request)),
    }),
  );
  app.patch(
    "/api/goals/:id",
    { schema: { tags, params, body: UpdateGoalBody, response: ok } },
    async (request) => ({
      goal: await goals.rename(viewerOf(request), request.params.id, request.body.title),
    }),
  );
  app.post(
    "/api/goals/:id/milestones",
    { schema: { tags, params, body: MilestoneBody, response: { 201: GoalResponse, ...errors } } },
    async (request, reply) =>
      reply
        .code(201)
        .send({ goal: await goals.addMilestone(viewerOf(request), request.params.id, request.body.title) }),
  );
  app.post(
    "/api/goals/:id/milestones/:milestoneId/done",
    { schema: { tags, params: z.object({ id: Id, milestoneId: Id }), response: ok } },
    async (request) => ({
      goal: await goals.milestoneDone(viewerOf(request), request.params.id, request.params.milestoneId),
    }),
  );
  for (const [action, status] of [
    ["reach", "reached"],
    ["set-aside", "set-aside"],
    ["resume", "active"],
  ] as const) {
    app.post(`/api/goals/:id/${action}`, { schema: { tags, params, response: ok } }, async (request) => ({
      goal: await goals.setStatus(viewerOf(request), request.params.id, status),
    }));
  }
}
