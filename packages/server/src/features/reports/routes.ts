import { ApiError, CreateReportBody, Id, ReportListResponse, ReportResponse } from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const params = z.object({ id: Id });
const pdf = z.any().describe("application/pdf");

export function reportRoutes(app: ZodApp, { reports }: Services): void {
  const tags = ["counsellor (partners)"];
  app.post(
    "/api/couple/reports",
    { schema: { tags, body: CreateReportBody, response: { 201: ReportResponse, ...errors } } },
    async (request, reply) =>
      reply
        .code(201)
        .send({ report: await reports.create(viewerOf(request), request.body.from, request.body.to) }),
  );
  app.get(
    "/api/couple/reports",
    { schema: { tags, response: { 200: ReportListResponse, ...errors } } },
    async (request) => ({ reports: await reports.list(viewerOf(request)) }),
  );
  app.post(
    "/api/couple/reports/:id/approve",
    { schema: { tags, params, response: { 200: ReportResponse, ...errors } } },
    async (request) => ({ report: await reports.approve(viewerOf(request), request.params.id) }),
  );
  app.get(
    "/api/couple/reports/:id/pdf",
    { schema: { tags, params, response: { 200: pdf, ...errors } } },
    async (request, reply) =>
      reply
        .type("application/pdf")
        .header("content-disposition", 'inline; filename="mend-session-prep.pdf"')
        .header("cache-control", "no-store")
        .send(await reports.pdfForPartner(viewerOf(request), request.params.id)),
  );

  const counsellorOnly = { roles: ["counsellor"] as const };
  app.get(
    "/api/counsellor/couples/:coupleId/reports",
    {
      config: counsellorOnly,
      schema: {
        tags: ["counsellor"],
        params: z.object({ coupleId: Id }),
        response: { 200: ReportListResponse, ...errors },
      },
    },
    async (request) => ({ reports: await reports.approvedFor(viewerOf(request), request.params.coupleId) }),
  );
  app.get(
    "/api/counsellor/reports/:id/pdf",
    { config: counsellorOnly, schema: { tags: ["counsellor"], params, response: { 200: pdf, ...errors } } },
    async (request, reply) =>
      reply
        .type("application/pdf")
        .header("content-disposition", 'inline; filename="mend-session-prep.pdf"')
        .header("cache-control", "no-store")
        .send(await reports.pdfForCounsellor(viewerOf(request), request.params.id)),
  );
}
