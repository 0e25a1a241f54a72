import {
  AccessLogResponse,
  ApiError,
  ConsentBody,
  ConsentResponse,
  CounsellorAssessmentsResponse,
  CounsellorBoundariesResponse,
  CounsellorCheckinsResponse,
  CounsellorCommitmentsResponse,
  CounsellorCouplesResponse,
  CounsellorGoalsResponse,
  CounsellorJoinBody,
  CounsellorJoinResponse,
  CounsellorRepairsResponse,
  Id,
  InviteResponse,
} from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { presentAssessment } from "../assessments/presenter.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };
const counsellorOnly = { roles: ["counsellor"] as const };
const coupleParams = z.object({ coupleId: Id });

/** Partner side: invite a counsellor, consent per category, see every counsellor view. */
export function counsellorPartnerRoutes(app: ZodApp, { counsellors }: Services): void {
  const tags = ["counsellor (partners)"];
  app.post(
    "/api/couple/counsellor-invite",
    { schema: { tags, response: { 201: InviteResponse, ...errors } } },
    async (request, reply) => reply.code(201).send(await counsellors.invite(viewerOf(request))),
  );
  app.get(
    "/api/couple/counsellor-consent",
    { schema: { tags, response: { 200: ConsentResponse, ...errors } } },
    async (request) => ({ consent: await counsellors.consent(viewerOf(request)) }),
  );
  app.put(
    "/api/couple/counsellor-consent",
    { schema: { tags, body: ConsentBody, response: { 200: ConsentResponse, ...errors } } },
    async (request) => ({
      consent: await counsellors.setConsent(viewerOf(request), request.body.categories),
    }),
  );
  app.get(
    "/api/couple/access-log",
    { schema: { tags, response: { 200: AccessLogResponse, ...errors } } },
    async (request) => ({ entries: await counsellors.accessLog(viewerOf(request)) }),
  );
}

/** Counsellor side: join by invite, the dashboard, and one route per consented category. */
export function counsellorRoutes(app: ZodApp, services: Services): void {
  const { counsellors, assessments, checkins, commitments, repairs, boundaries, goals } = services;
  const tags = ["counsellor"];
  app.post(
    "/api/counsellor/join",
    {
      config: counsellorOnly,
      schema: { tags, body: CounsellorJoinBody, response: { 200: CounsellorJoinResponse, ...errors } },
    },
    async (request) => ({ couple: await counsellors.join(viewerOf(request), request.body.code) }),
  );
  app.get(
    "/api/counsellor/couples",
    { config: counsellorOnly, schema: { tags, response: { 200: CounsellorCouplesResponse, ...errors } } },
    async (request) => ({ couples: await counsellors.couples(viewerOf(request)) }),
  );
  const read = { config: counsellorOnly, schema: { tags, params: coupleParams } };
  app.get(
    "/api/counsellor/couples/:coupleId/assessments",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorAssessmentsResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      const scope = await counsellors.scopeFor(viewer, request.params.coupleId, "assessments");
      const records = await assessments.sharedWith(scope);
      return {
        assessments: records.map((r) =>
          presentAssessment(r, assessments.instruments.get(r.instrumentId), viewer),
        ),
      };
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/checkins",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorCheckinsResponse, ...errors } } },
    async (request) => {
      const scope = await counsellors.scopeFor(viewerOf(request), request.params.coupleId, "checkins");
      return { checkins: await checkins.revealedWith(scope, request.params.coupleId) };
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/commitments",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorCommitmentsResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      const scope = await counsellors.scopeFor(viewer, request.params.coupleId, "commitments");
      return { commitments: await commitments.sharedWith(scope, viewer) };
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/repairs",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorRepairsResponse, ...errors } } },
    async (request) => {
      const scope = await counsellors.scopeFor(viewerOf(request), request.params.coupleId, "repairs");
      return { repairs: await repairs.sharedWith(scope, request.params.coupleId) };
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/boundaries",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorBoundariesResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      const scope = await counsellors.scopeFor(viewer, request.params.coupleId, "boundaries");
      return { boundaries: await boundaries.sharedWith(scope, viewer) };
    },
  );
  app.get(
    "/api/counsellor/couples/:coupleId/goals",
    { ...read, schema: { ...read.schema, response: { 200: CounsellorGoalsResponse, ...errors } } },
    async (request) => {
      const viewer = viewerOf(request);
      const scope = await counsellors.scopeFor(viewer, request.params.coupleId, "goals");
      return { goals: await goals.sharedWith(scope, viewer) };
    },
  );
}
