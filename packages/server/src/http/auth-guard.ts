import type { Role, Viewer } from "@mend/core";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { SessionStore } from "../auth/sessions.ts";
import { SESSION_ABSOLUTE_MS } from "../auth/sessions.ts";
import { HttpError, unauthorized } from "./errors.ts";

export const SESSION_COOKIE = "mend_session";
export const CLIENT_HEADER = "x-mend-client";

declare module "fastify" {
  interface FastifyRequest {
    viewer: Viewer | null;
    sessionId: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, register, login, the OpenAPI document). */
    public?: boolean;
    /** Who may call it when signed in; partners only unless a route says otherwise. */
    roles?: readonly Role[];
  }
}

const PARTNERS_ONLY: readonly Role[] = ["partner"];
/** Routes every signed-in person uses: their account, sessions, sign-out and live events. */
export const EVERYONE: readonly Role[] = ["partner", "counsellor"];

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Two guards on every /api request, in this order:
 * 1. A state change must carry `x-mend-client`. Browsers cannot add a custom header to a
 *    cross-site request without a CORS preflight, which this server never approves — so this
 *    stops cross-site request forgery without tokens in forms.
 * 2. The session cookie becomes `request.viewer`; routes not marked public need one (401).
 */
export function installAuthGuard(app: FastifyInstance, sessions: SessionStore): void {
  app.decorateRequest("viewer", null);
  app.decorateRequest("sessionId", null);
  app.addHook("onRequest", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    if (!SAFE_METHODS.has(request.method) && !request.headers[CLIENT_HEADER]) {
      throw new HttpError(
        403,
        "missing_client_header",
        `State-changing requests must send ${CLIENT_HEADER}.`,
      );
    }
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const resolved = await sessions.resolve(token);
      if (resolved) {
        request.viewer = resolved.viewer;
        request.sessionId = resolved.sessionId;
      }
    }
    if (!request.viewer && request.routeOptions.config.public !== true) throw unauthorized();
    const roles = request.routeOptions.config.roles ?? PARTNERS_ONLY;
    if (
      request.viewer &&
      request.routeOptions.config.public !== true &&
      !roles.includes(request.viewer.role)
    ) {
      throw request.viewer.role === "counsellor"
        ? new HttpError(
            403,
            "partners_only",
            "This is for the couple's own use; counsellors see what both share with them.",
          )
        : new HttpError(403, "counsellors_only", "This is for counsellors.");
    }
  });
}

/** The signed-in viewer; routes that are not public are only reached with one. */
export function viewerOf(request: FastifyRequest): Viewer {
  if (!request.viewer) throw unauthorized();
  return request.viewer;
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: secure || request.protocol === "https",
    path: "/",
    maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
