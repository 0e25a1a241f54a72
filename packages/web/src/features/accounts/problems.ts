import { t } from "@mend/core";
import { ApiRequestError, NetworkError } from "../../api/index.ts";

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** Turns a server "problem" into a sentence for people; known ones come from the catalogue. */
export function describeProblem(label: string, problem: string): string {
  if (/common|guess|breach|pwned/i.test(problem)) return t("error.commonPassword");
  return `${label}: ${problem}`;
}

export function fieldErrorsFrom<F extends string>(
  error: unknown,
  labels: Record<F, string>,
): { fields: FieldErrors<F>; general: string | null } {
  if (!(error instanceof ApiRequestError)) {
    return {
      fields: {},
      general: error instanceof NetworkError ? t("error.network") : t("accounts.error.generic"),
    };
  }
  const fields: FieldErrors<F> = {};
  for (const issue of error.issues) {
    const key = (Object.keys(labels) as F[]).find(
      (name) => issue.field === name || issue.field.endsWith(`.${name}`),
    );
    if (key && !fields[key]) fields[key] = describeProblem(labels[key], issue.problem);
  }
  const general = Object.keys(fields).length > 0 ? null : t("accounts.error.generic");
  return { fields, general };
}

export function retryMinutes(error: ApiRequestError): number {
  return Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
}
