/**
 * The counsellor endpoints, both halves: what a counsellor reads and does, and what the partners
 * do about their counsellor (invite, consent, access log, exercises, reports). Every answer is
 * checked against the contract the server uses.
 */
import {
  AccessLogResponse,
  type AssignExerciseBody,
  ConsentResponse,
  CounsellorAssessmentsResponse,
  CounsellorBoundariesResponse,
  type CounsellorCategory,
  CounsellorCheckinsResponse,
  CounsellorCommitmentsResponse,
  CounsellorCouplesResponse,
  CounsellorGoalsResponse,
  CounsellorJoinResponse,
  CounsellorRepairsResponse,
  ExerciseListResponse,
  ExerciseResponse,
  InviteResponse,
  ReportListResponse,
  ReportResponse,
} from "@mend/core";
import type { z } from "zod";
import { json } from "../../api/client.ts";

const id = (value: string) => encodeURIComponent(value);

/** What each category route answers; the key is the route's last segment. */
interface CategoryDataMap {
  assessments: z.output<typeof CounsellorAssessmentsResponse>;
  checkins: z.output<typeof CounsellorCheckinsResponse>;
  commitments: z.output<typeof CounsellorCommitmentsResponse>;
  repairs: z.output<typeof CounsellorRepairsResponse>;
  boundaries: z.output<typeof CounsellorBoundariesResponse>;
  goals: z.output<typeof CounsellorGoalsResponse>;
}
export type CategoryData<C extends CounsellorCategory> = CategoryDataMap[C];

const categoryPath = (coupleId: string, category: CounsellorCategory) =>
  `/api/counsellor/couples/${id(coupleId)}/${category}`;

/** A mapped type, so indexing it with a generic category keeps the matching answer type. */
const categoryReads: { [C in CounsellorCategory]: (coupleId: string) => Promise<CategoryData<C>> } = {
  assessments: (c) => json(CounsellorAssessmentsResponse, "GET", categoryPath(c, "assessments")),
  checkins: (c) => json(CounsellorCheckinsResponse, "GET", categoryPath(c, "checkins")),
  commitments: (c) => json(CounsellorCommitmentsResponse, "GET", categoryPath(c, "commitments")),
  repairs: (c) => json(CounsellorRepairsResponse, "GET", categoryPath(c, "repairs")),
  boundaries: (c) => json(CounsellorBoundariesResponse, "GET", categoryPath(c, "boundaries")),
  goals: (c) => json(CounsellorGoalsResponse, "GET", categoryPath(c, "goals")),
};

export type ExerciseKind = z.infer<typeof AssignExerciseBody>["kind"];

export const counsellorApi = {
  join: (code: string) => json(CounsellorJoinResponse, "POST", "/api/counsellor/join", { code }),
  couples: () => json(CounsellorCouplesResponse, "GET", "/api/counsellor/couples"),
  category: <C extends CounsellorCategory>(coupleId: string, category: C): Promise<CategoryData<C>> =>
    categoryReads[category](coupleId),
  exercises: (coupleId: string) =>
    json(ExerciseListResponse, "GET", `/api/counsellor/couples/${id(coupleId)}/exercises`),
  assign: (coupleId: string, body: z.input<typeof AssignExerciseBody>) =>
    json(ExerciseResponse, "POST", `/api/counsellor/couples/${id(coupleId)}/exercises`, body),
  reports: (coupleId: string) =>
    json(ReportListResponse, "GET", `/api/counsellor/couples/${id(coupleId)}/reports`),
  /** A plain link (opened in a new tab), not fetched: the browser shows the PDF. */
  reportPdfUrl: (reportId: string) => `/api/counsellor/reports/${id(reportId)}/pdf`,
} as const;

export const supportApi = {
  invite: () => json(InviteResponse, "POST", "/api/couple/counsellor-invite"),
  consent: () => json(ConsentResponse, "GET", "/api/couple/counsellor-consent"),
  setConsent: (categories: CounsellorCategory[]) =>
    json(ConsentResponse, "PUT", "/api/couple/counsellor-consent", { categories }),
  accessLog: () => json(AccessLogResponse, "GET", "/api/couple/access-log"),
  exercises: () => json(ExerciseListResponse, "GET", "/api/couple/exercises"),
  markDone: (exerciseId: string) =>
    json(ExerciseResponse, "POST", `/api/couple/exercises/${id(exerciseId)}/done`),
  reports: () => json(ReportListResponse, "GET", "/api/couple/reports"),
  createReport: (from: string, to: string) =>
    json(ReportResponse, "POST", "/api/couple/reports", { from, to }),
  approveReport: (reportId: string) =>
    json(ReportResponse, "POST", `/api/couple/reports/${id(reportId)}/approve`),
  /** The partners' preview: exactly what the counsellor would open. */
  reportPdfUrl: (reportId: string) => `/api/couple/reports/${id(reportId)}/pdf`,
} as const;

/** Query keys of both halves; each half under one prefix so an event can mark all of it stale. */
export const counsellorKeys = {
  all: ["counsellor"] as const,
  couples: ["counsellor", "couples"] as const,
  category: (coupleId: string, category: CounsellorCategory) =>
    ["counsellor", "couple", coupleId, category] as const,
  exercises: (coupleId: string) => ["counsellor", "couple", coupleId, "exercises"] as const,
  reports: (coupleId: string) => ["counsellor", "couple", coupleId, "reports"] as const,
};

export const supportKeys = {
  all: ["couple-counsellor"] as const,
  consent: ["couple-counsellor", "consent"] as const,
  accessLog: ["couple-counsellor", "access-log"] as const,
  exercises: ["couple-counsellor", "exercises"] as const,
  reports: ["couple-counsellor", "reports"] as const,
};

/**
 * Which cached data each counsellor event makes stale (spread into the app's live updates).
 * Consent changes also touch the counsellor's own reads, in case this tab is a counsellor's.
 */
export const COUNSELLOR_EVENT_KEYS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  "counsellor.joined": [supportKeys.consent],
  "counsellor.viewed": [supportKeys.accessLog],
  "counsellor.consent-changed": [supportKeys.consent, supportKeys.reports, counsellorKeys.all],
  "exercise.assigned": [supportKeys.exercises, counsellorKeys.all],
  "exercise.done": [supportKeys.exercises, counsellorKeys.all],
  "report.created": [supportKeys.reports],
  "report.approved": [supportKeys.reports, counsellorKeys.all],
};
