import { ApiError, LoginBody, MeResponse, RegisterBody, UserResponse } from "@mend/core";
import { z } from "zod";
import { deviceHint } from "../../auth/device-hint.ts";
import {
  clearSessionCookie,
  EVERYONE,
  SESSION_COOKIE,
  setSessionCookie,
  viewerOf,
} from "../../http/auth-guard.ts";
import { unauthorized } from "../../http/errors.ts";
import type { ZodApp } from "../../http/types.ts";
import type { Services } from "../../services.ts";
import { presentCouple } from "../couples/presenter.ts";
import { presentUser } from "./presenter.ts";

const errors = { 400: ApiError, 401: ApiError, 409: ApiError, 429: ApiError };

export function accountRoutes(app: ZodApp, services: Services): void {
  const { accounts, sessions, users, couples, config } = services;

  app.post(
    "/api/auth/register",
    {
      config: { public: true },
      schema: { tags: ["accounts"], body: RegisterBody, response: { 201: UserResponse, ...errors } },
    },
    async (request, reply) => {
      const user = await accounts.register(request.body);
      const session = await sessions.create(user.id, deviceHint(request.headers["user-agent"]));
      setSessionCookie(request, reply, session.token, config.trustProxy);
      return reply.code(201).send({ user: presentUser(user) });
    },
  );

  app.post(
    "/api/auth/login",
    {
      config: { public: true },
      schema: { tags: ["accounts"], body: LoginBody, response: { 200: UserResponse, ...errors } },
    },
    async (request, reply) => {
      const user = await accounts.login(request.body, request.ip);
      // A fresh session id at every sign-in; a cookie the browser already held is ended.
      const previous = request.cookies[SESSION_COOKIE];
      if (previous) await sessions.endByToken(previous);
      const session = await sessions.create(user.id, deviceHint(request.headers["user-agent"]));
      setSessionCookie(request, reply, session.token, config.trustProxy);
      return { user: presentUser(user) };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      config: { roles: EVERYONE },
      schema: { tags: ["accounts"], response: { 204: z.null(), 401: ApiError } },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await sessions.endByToken(token);
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/api/me",
    {
      config: { roles: EVERYONE },
      schema: { tags: ["accounts"], response: { 200: MeResponse, 401: ApiError } },
    },
    async (request) => {
      const viewer = viewerOf(request);
      const user = await users.findById(viewer.userId);
      if (!user) throw unauthorized();
      const couple = await couples.current(viewer);
      return {
        user: presentUser(user),
        couple: couple && presentCouple(couple, viewer.couplePaused === true),
      };
    },
  );
}
