import {
  ApiError,
  AppreciationJarResponse,
  AppreciationListResponse,
  AppreciationResponse,
  CreateAppreciationBody,
} from "@mend/core";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 409: ApiError };

export function appreciationRoutes(app: ZodApp, { appreciations }: Services): void {
  app.post(
    "/api/appreciations",
    {
      schema: {
        tags: ["appreciations"],
        body: CreateAppreciationBody,
        response: { 201: AppreciationResponse, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ appreciation: await appreciations.create(viewerOf(request), request.body.body) }),
  );

  app.get(
    "/api/appreciations",
    { schema: { tags: ["appreciations"], response: { 200: AppreciationListResponse, ...errors } } },
    async (request) => ({ appreciations: await appreciations.list(viewerOf(request)) }),
  );

  app.get(
    "/api/appreciations/jar",
    { schema: { tags: ["appreciations"], response: { 200: AppreciationJarResponse, ...errors } } },
    async (request) => ({ appreciation: await appreciations.draw(viewerOf(request)) }),
  );
}
