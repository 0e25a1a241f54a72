/** Typed failures of the API client. Screens decide what to say; these only carry the facts. */

export interface FieldIssue {
  field: string;
  problem: string;
}

/** The server answered with an error body (`{ error, message, issues? }`). */
export class ApiRequestError extends Error {
  override readonly name = "ApiRequestError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
    /** From the `Retry-After` header of a 429, in seconds. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
  }

  issueFor(field: string): FieldIssue | undefined {
    return this.issues.find((issue) => issue.field === field || issue.field.endsWith(`.${field}`));
  }
}

/** The request never got an answer (offline, server down). */
export class NetworkError extends Error {
  override readonly name = "NetworkError";
}

/** The server answered, but not in the shape the shared contract promises. */
export class ContractError extends Error {
  override readonly name = "ContractError";
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}
