import { ApiError, TrustActionQuery, TrustActionResponse } from "@mend/core";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 409: ApiError };
const schema = {
  tags: ["trust actions"],
  querystring: TrustActionQuery,
  response: { 200: TrustActionResponse, ...errors },
};

export function trustActionRoutes(app: ZodApp, { trustActions }: Services): void {
  app.get("/api/trust-actions/today", { schema }, async (request) => ({
    today: await trustActions.today(viewerOf(request), request.query.timeZone),
  }));
  app.post("/api/trust-actions/today/skip", { schema }, async (request) => ({
    today: await trustActions.record(viewerOf(request), "skipped", request.query.timeZone),
  }));
  app.post("/api/trust-actions/today/done", { schema }, async (request) => ({
    today: await trustActions.record(viewerOf(request), "done", request.query.timeZone),
  }));
}
