import { ApiError, CoupleResponse, InviteResponse, JoinBody } from "@mend/core";
import { z } from "zod";
import { viewerOf } from "../../http/auth-guard.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { presentCouple } from "./presenter.ts";

const errors = { 400: ApiError, 401: ApiError, 403: ApiError, 404: ApiError, 409: ApiError };

export function coupleRoutes(app: ZodApp, { couples }: Services): void {
  app.post(
    "/api/couple/invite",
    { schema: { tags: ["couples"], response: { 201: InviteResponse, ...errors } } },
    async (request, reply) => reply.code(201).send(await couples.invite(viewerOf(request))),
  );

  app.post(
    "/api/couple/join",
    { schema: { tags: ["couples"], body: JoinBody, response: { 200: CoupleResponse, ...errors } } },
    async (request) => ({ couple: presentCouple(await couples.join(viewerOf(request), request.body.code)) }),
  );

  app.post(
    "/api/couple/leave",
    { schema: { tags: ["couples"], response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await couples.leave(viewerOf(request));
      return reply.code(204).send(null);
    },
  );
}
