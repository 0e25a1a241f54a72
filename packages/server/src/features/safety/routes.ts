import {
  ApiError,
  ResourcesQuery,
  ResourcesResponse,
  type SafetyAnswers,
  SafetyCheckBody,
  SafetyCheckListResponse,
  SafetyCheckResponse,
  SafetyModeBody,
  SafetyModeResponse,
  SupportSuggestionsResponse,
} from "@mend/core";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError };

export function safetyRoutes(app: ZodApp, { safety }: Services): void {
  const tags = ["safety"];
  app.post(
    "/api/safety/check",
    { schema: { tags, body: SafetyCheckBody, response: { 201: SafetyCheckResponse, ...errors } } },
    async (request, reply) =>
      reply.code(201).send({
        check: await safety.check(
          viewerOf(request),
          request.body.answers as SafetyAnswers,
          request.body.note,
        ),
      }),
  );
  app.get(
    "/api/safety/checks",
    { schema: { tags, response: { 200: SafetyCheckListResponse, ...errors } } },
    async (request) => ({ checks: await safety.checks(viewerOf(request)) }),
  );
  app.get(
    "/api/safety/mode",
    { schema: { tags, response: { 200: SafetyModeResponse, ...errors } } },
    async (request) => safety.mode(viewerOf(request)),
  );
  app.put(
    "/api/safety/mode",
    { schema: { tags, body: SafetyModeBody, response: { 200: SafetyModeResponse, ...errors } } },
    async (request) => safety.setMode(viewerOf(request), request.body.on),
  );
  app.get(
    "/api/safety/resources",
    { schema: { tags, querystring: ResourcesQuery, response: { 200: ResourcesResponse, ...errors } } },
    async (request) => safety.resourcesFor(request.query.locale ?? "en"),
  );
  app.get(
    "/api/support/suggestions",
    { schema: { tags: ["support"], response: { 200: SupportSuggestionsResponse, ...errors } } },
    async (request) => ({ suggestions: await safety.suggestions(viewerOf(request)) }),
  );
}
