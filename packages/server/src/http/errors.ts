import type { ApiError } from "@mend/core";
import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";

/** An answer to a client mistake. Messages never quote what the client wrote. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues?: ApiError["issues"],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (what = "entry") => new HttpError(404, "not_found", `No such ${what}.`);
export const unauthorized = () => new HttpError(401, "unauthorized", "Please sign in.");
export const badField = (field: string, problem: string) =>
  new HttpError(400, "invalid_body", `${field}: ${problem}`, [{ field, problem }]);

const FASTIFY_CLIENT_ERRORS: Record<string, { status: number; error: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    error: "invalid_json",
    message: "The body is not valid JSON.",
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: "invalid_json", message: "The JSON body is empty." },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: "body_too_large", message: "The body is too large." },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    error: "unsupported_media_type",
    message: "Send JSON with Content-Type: application/json.",
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    error: "invalid_body",
    message: "Content-Length does not match the body.",
  },
};

function validationIssues(error: FastifyError): ApiError["issues"] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [];
  return error.validation.map((v) => ({
    field: v.instancePath.replace(/^\//, "").replaceAll("/", ".") || "(whole body)",
    problem: v.message ?? "is not valid",
  }));
}

/** Every error leaves as `{ error, message, issues? }`; only our own bugs become 500, and say nothing. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpError) {
      const body: ApiError = { error: error.code, message: error.message };
      if (error.issues) body.issues = error.issues;
      return reply.code(error.status).headers(error.headers).send(body);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = validationIssues(error) ?? [];
      const where = error.validationContext ?? "body";
      // A path whose id has an impossible shape names nothing: the same 404 as an unknown id.
      if (where === "params") return reply.code(404).send({ error: "not_found", message: "No such entry." });
      const code = where === "body" ? "invalid_body" : `invalid_${where}`;
      const summary = issues.map((i) => `${i.field}: ${i.problem}`).join("; ");
      return reply.code(400).send({ error: code, message: summary || "The request is not valid.", issues });
    }
    const known = error.code ? FASTIFY_CLIENT_ERRORS[error.code] : undefined;
    if (known) return reply.code(known.status).send({ error: known.error, message: known.message });
    if (typeof error.statusCode === "number" && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ error: "bad_request", message: "The request is not valid." });
    }
    // Log the error without request data: bodies may hold entries or passwords.
    request.log.error({ err: { type: error.name, code: error.code, stack: error.stack } }, "request failed");
    return reply.code(500).send({ error: "internal", message: "Something went wrong on our side." });
  });
}
