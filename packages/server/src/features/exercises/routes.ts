import { ApiError, AssignExerciseBody, ExerciseListResponse, ExerciseResponse, Id } from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import { notFound } from "../../http/errors.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };

export function exerciseRoutes(app: ZodApp, { exercises }: Services): void {
  const counsellorOnly = { roles: ["counsellor"] as const };
  const coupleParams = z.object({ coupleId: Id });
  app.post(
    "/api/counsellor/couples/:coupleId/exercises",
    {
      config: counsellorOnly,
      schema: {
        tags: ["counsellor"],
        params: coupleParams,
        body: AssignExerciseBody,
        response: { 201: ExerciseResponse, ...errors },
      },
    },
    async (request, reply) => {
      const exercise = await exercises.assign(viewerOf(request), request.params.coupleId, request.body);
      if (!exercise) throw notFound("exercise");
      return reply.code(201).send({ exercise });
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/exercises",
    {
      config: counsellorOnly,
      schema: {
        tags: ["counsellor"],
        params: coupleParams,
        response: { 200: ExerciseListResponse, ...errors },
      },
    },
    async (request) => ({
      exercises: await exercises.assignedBy(viewerOf(request), request.params.coupleId),
    }),
  );
  app.get(
    "/api/couple/exercises",
    { schema: { tags: ["counsellor (partners)"], response: { 200: ExerciseListResponse, ...errors } } },
    async (request) => ({ exercises: await exercises.list(viewerOf(request)) }),
  );
  app.post(
    "/api/couple/exercises/:id/done",
    {
      schema: {
        tags: ["counsellor (partners)"],
        params: z.object({ id: Id }),
        response: { 200: ExerciseResponse, ...errors },
      },
    },
    async (request) => ({ exercise: await exercises.done(viewerOf(request), request.params.id) }),
  );
}
