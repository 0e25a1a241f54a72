import { ApiError, CreateLetterBody, Id, LetterListResponse, LetterResponse, SendCopyBody } from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });

export function letterRoutes(app: ZodApp, { letters }: Services): void {
  app.post(
    "/api/letters",
    { schema: { tags: ["letters"], body: CreateLetterBody, response: { 201: LetterResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({ letter: await letters.create(viewerOf(request), request.body) }),
  );

  app.get(
    "/api/letters",
    { schema: { tags: ["letters"], response: { 200: LetterListResponse, ...errors } } },
    async (request) => ({ letters: await letters.list(viewerOf(request)) }),
  );

  app.get(
    "/api/letters/:id",
    { schema: { tags: ["letters"], params, response: { 200: LetterResponse, ...errors } } },
    async (request) => ({ letter: await letters.get(viewerOf(request), request.params.id) }),
  );

  app.post(
    "/api/letters/:id/send-copy",
    {
      schema: { tags: ["letters"], params, body: SendCopyBody, response: { 201: LetterResponse, ...errors } },
    },
    async (request, reply) =>
      reply.code(201).send({
        letter: await letters.sendCopy(viewerOf(request), request.params.id, request.body.deliverAt),
      }),
  );
}
