import { ApiError, isLessonId, LESSONS, LessonIdParam, LessonsResponse } from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import { notFound } from "../../http/errors.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

export function lessonRoutes(app: ZodApp, { lessons, clock }: Services): void {
  const errors = { 401: ApiError, 404: ApiError };

  app.get(
    "/api/lessons",
    { schema: { tags: ["lessons"], response: { 200: LessonsResponse, ...errors } } },
    async (request) => {
      const read = await lessons.readAt(viewerOf(request).userId);
      return { lessons: LESSONS.map((l) => ({ id: l.id, readAt: read.get(l.id) ?? null })) };
    },
  );

  app.put(
    "/api/lessons/:id/read",
    { schema: { tags: ["lessons"], params: LessonIdParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (!isLessonId(request.params.id)) throw notFound("lesson");
      await lessons.markRead(viewerOf(request).userId, request.params.id, clock.now());
      return reply.code(204).send(null);
    },
  );

  app.delete(
    "/api/lessons/:id/read",
    { schema: { tags: ["lessons"], params: LessonIdParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      if (!isLessonId(request.params.id)) throw notFound("lesson");
      await lessons.markUnread(viewerOf(request).userId, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
