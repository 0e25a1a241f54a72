/**
 * The one way the web app talks to the server. Every answer is checked against the zod schema
 * the server itself uses (from @mend/core); every error body becomes an `ApiRequestError`.
 */
import {
  AgendaItemResponse,
  ApiError,
  AppreciationJarResponse,
  AppreciationListResponse,
  AppreciationResponse,
  AssessmentListResponse,
  AssessmentResponse,
  BoundaryDetailResponse,
  BoundaryListResponse,
  BoundaryResponse,
  type CheckinAnswerBody,
  CheckinListResponse,
  CheckinResponse,
  CommitmentDetailResponse,
  CommitmentListResponse,
  CommitmentResponse,
  CoupleResponse,
  type CreateAssessmentBody,
  type CreateCommitmentBody,
  type CreateJournalEntryBody,
  type CreateLetterBody,
  type CreateRepairBody,
  type CreateThoughtRecordBody,
  DistractionsResponse,
  DraftResponse,
  type ForgivenessBody,
  GoalListResponse,
  GoalResponse,
  InstrumentResponse,
  InstrumentsResponse,
  InviteResponse,
  JournalEntryResponse,
  JournalListResponse,
  LessonsResponse,
  LetterListResponse,
  LetterResponse,
  type LoginBody,
  MeResponse,
  type Preferences,
  PreferencesResponse,
  type ProposeBoundaryBody,
  type RegisterBody,
  RepairListResponse,
  type RepairReflectionBody,
  RepairResponse,
  type RhythmBody,
  RhythmResponse,
  type RitualBody,
  type ScheduleBody,
  SessionsResponse,
  ThoughtRecordListResponse,
  ThoughtRecordResponse,
  ThoughtRecordStatsResponse,
  TimelineResponse,
  TrustActionResponse,
  type UpdateJournalEntryBody,
  type UpdateThoughtRecordBody,
  UserResponse,
  type Visibility,
} from "@mend/core";
import type { z } from "zod";
import { ApiRequestError, ContractError, NetworkError } from "./errors.ts";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** Sent on every request; the server refuses state changes without it (CSRF guard). */
const CLIENT_HEADER = { "x-mend-client": "web" } as const;

async function send(method: Method, path: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = { ...CLIENT_HEADER, accept: "application/json" };
  const init: RequestInit = { method, headers, credentials: "same-origin", cache: "no-store" };
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    throw new NetworkError("network request failed", { cause });
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

async function toApiError(response: Response): Promise<ApiRequestError> {
  const retryAfter = parseRetryAfter(response.headers.get("retry-after"));
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (e.g. a proxy's HTML page); fall through to a generic error.
  }
  const parsed = ApiError.safeParse(payload);
  if (parsed.success) {
    return new ApiRequestError(
      response.status,
      parsed.data.error,
      parsed.data.message,
      parsed.data.issues ?? [],
      retryAfter,
    );
  }
  return new ApiRequestError(response.status, `http_${response.status}`, response.statusText, [], retryAfter);
}

function parseRetryAfter(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000));
}

/** Exported so feature folders can describe their own endpoints next to their screens. */
export async function json<S extends z.ZodType>(schema: S, method: Method, path: string, body?: unknown) {
  const response = await send(method, path, body);
  let payload: unknown;
  try {
    payload = await response.json();
  } catch (cause) {
    throw new ContractError(`${method} ${path}: answer is not JSON`, { cause });
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new ContractError(`${method} ${path}: answer does not match the contract`);
  return parsed.data as z.output<S>;
}

export async function noContent(method: Method, path: string, body?: unknown): Promise<void> {
  await send(method, path, body);
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  auth: {
    register: (body: RegisterBody) => json(UserResponse, "POST", "/api/auth/register", body),
    login: (body: LoginBody) => json(UserResponse, "POST", "/api/auth/login", body),
    logout: () => noContent("POST", "/api/auth/logout"),
  },
  /** Who is signed in, or null when no one is (401). */
  me: async (): Promise<MeResponse | null> => {
    try {
      return await json(MeResponse, "GET", "/api/me");
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 401) return null;
      throw error;
    }
  },
  sessions: {
    list: () => json(SessionsResponse, "GET", "/api/sessions"),
    end: (sessionId: string) => noContent("DELETE", `/api/sessions/${id(sessionId)}`),
  },
  couple: {
    invite: () => json(InviteResponse, "POST", "/api/couple/invite"),
    join: (code: string) => json(CoupleResponse, "POST", "/api/couple/join", { code }),
    leave: () => noContent("POST", "/api/couple/leave"),
  },
  /** Per-person settings (e.g. whether the message coach is on). */
  preferences: {
    get: () => json(PreferencesResponse, "GET", "/api/me/preferences"),
    update: (body: Partial<Preferences>) => json(PreferencesResponse, "PATCH", "/api/me/preferences", body),
  },
  journal: {
    list: (cursor: string | null, limit = 20) => {
      const query = new URLSearchParams({ limit: String(limit) });
      if (cursor !== null) query.set("cursor", cursor);
      return json(JournalListResponse, "GET", `/api/journal?${query.toString()}`);
    },
    get: (entryId: string) => json(JournalEntryResponse, "GET", `/api/journal/${id(entryId)}`),
    create: (body: CreateJournalEntryBody) => json(JournalEntryResponse, "POST", "/api/journal", body),
    update: (entryId: string, body: UpdateJournalEntryBody) =>
      json(JournalEntryResponse, "PATCH", `/api/journal/${id(entryId)}`, body),
    remove: (entryId: string) => noContent("DELETE", `/api/journal/${id(entryId)}`),
  },
  instruments: {
    list: () => json(InstrumentsResponse, "GET", "/api/instruments"),
    get: (instrumentId: string) => json(InstrumentResponse, "GET", `/api/instruments/${id(instrumentId)}`),
  },
  assessments: {
    list: (instrumentId?: string) =>
      json(
        AssessmentListResponse,
        "GET",
        instrumentId ? `/api/assessments?instrumentId=${id(instrumentId)}` : "/api/assessments",
      ),
    get: (assessmentId: string) => json(AssessmentResponse, "GET", `/api/assessments/${id(assessmentId)}`),
    create: (body: CreateAssessmentBody) => json(AssessmentResponse, "POST", "/api/assessments", body),
    setVisibility: (assessmentId: string, visibility: CreateAssessmentBody["visibility"]) =>
      json(AssessmentResponse, "PATCH", `/api/assessments/${id(assessmentId)}`, { visibility }),
  },
  drafts: {
    get: (instrumentId: string) => json(DraftResponse, "GET", `/api/assessment-drafts/${id(instrumentId)}`),
    save: (instrumentId: string, responses: Record<string, number>) =>
      json(DraftResponse, "PUT", `/api/assessment-drafts/${id(instrumentId)}`, { responses }),
    remove: (instrumentId: string) => noContent("DELETE", `/api/assessment-drafts/${id(instrumentId)}`),
  },
  lessons: {
    list: () => json(LessonsResponse, "GET", "/api/lessons"),
    markRead: (lessonId: string) => noContent("PUT", `/api/lessons/${id(lessonId)}/read`),
    markUnread: (lessonId: string) => noContent("DELETE", `/api/lessons/${id(lessonId)}/read`),
  },
  checkins: {
    rhythm: () => json(RhythmResponse, "GET", "/api/checkins/rhythm"),
    proposeRhythm: (body: RhythmBody) => json(RhythmResponse, "PUT", "/api/checkins/rhythm", body),
    acceptRhythm: () => json(RhythmResponse, "POST", "/api/checkins/rhythm/accept"),
    current: () => json(CheckinResponse, "GET", "/api/checkins/current"),
    list: () => json(CheckinListResponse, "GET", "/api/checkins"),
    answer: (checkinId: string, body: CheckinAnswerBody) =>
      json(CheckinResponse, "POST", `/api/checkins/${id(checkinId)}/answers`, body),
    addNote: (checkinId: string, body: string) =>
      json(CheckinResponse, "POST", `/api/checkins/${id(checkinId)}/notes`, { body }),
    /** A plain link (download), not fetched: the browser saves the file. */
    calendarUrl: "/api/checkins/calendar.ics",
  },
  appreciations: {
    list: () => json(AppreciationListResponse, "GET", "/api/appreciations"),
    create: (body: string) => json(AppreciationResponse, "POST", "/api/appreciations", { body }),
    draw: () => json(AppreciationJarResponse, "GET", "/api/appreciations/jar"),
  },
  letters: {
    list: () => json(LetterListResponse, "GET", "/api/letters"),
    get: (letterId: string) => json(LetterResponse, "GET", `/api/letters/${id(letterId)}`),
    create: (body: CreateLetterBody) => json(LetterResponse, "POST", "/api/letters", body),
    sendCopy: (letterId: string, deliverAt?: string) =>
      json(LetterResponse, "POST", `/api/letters/${id(letterId)}/send-copy`, deliverAt ? { deliverAt } : {}),
  },
  commitments: {
    list: () => json(CommitmentListResponse, "GET", "/api/commitments"),
    get: (commitmentId: string) =>
      json(CommitmentDetailResponse, "GET", `/api/commitments/${id(commitmentId)}`),
    create: (body: CreateCommitmentBody) => json(CommitmentResponse, "POST", "/api/commitments", body),
    mark: (commitmentId: string, date: string, body: { outcome: "kept" | "missed"; note?: string }) =>
      json(CommitmentResponse, "PUT", `/api/commitments/${id(commitmentId)}/occurrences/${id(date)}`, body),
    acknowledge: (commitmentId: string, date: string) =>
      json(
        CommitmentResponse,
        "POST",
        `/api/commitments/${id(commitmentId)}/occurrences/${id(date)}/acknowledge`,
      ),
    renegotiate: (commitmentId: string, body: { title: string; schedule: ScheduleBody; reason?: string }) =>
      json(CommitmentResponse, "POST", `/api/commitments/${id(commitmentId)}/renegotiate`, body),
    end: (commitmentId: string, reason: string) =>
      json(CommitmentResponse, "POST", `/api/commitments/${id(commitmentId)}/end`, { reason }),
  },
  /** The day is the person's own local day, so the browser sends its time zone. */
  trustActions: {
    today: (timeZone: string) =>
      json(TrustActionResponse, "GET", `/api/trust-actions/today?timeZone=${id(timeZone)}`),
    skip: (timeZone: string) =>
      json(TrustActionResponse, "POST", `/api/trust-actions/today/skip?timeZone=${id(timeZone)}`),
    done: (timeZone: string) =>
      json(TrustActionResponse, "POST", `/api/trust-actions/today/done?timeZone=${id(timeZone)}`),
  },
  thoughtRecords: {
    list: () => json(ThoughtRecordListResponse, "GET", "/api/thought-records"),
    stats: () => json(ThoughtRecordStatsResponse, "GET", "/api/thought-records/stats"),
    get: (recordId: string) => json(ThoughtRecordResponse, "GET", `/api/thought-records/${id(recordId)}`),
    create: (body: CreateThoughtRecordBody) =>
      json(ThoughtRecordResponse, "POST", "/api/thought-records", body),
    update: (recordId: string, body: UpdateThoughtRecordBody) =>
      json(ThoughtRecordResponse, "PATCH", `/api/thought-records/${id(recordId)}`, body),
    remove: (recordId: string) => noContent("DELETE", `/api/thought-records/${id(recordId)}`),
  },
  repairs: {
    list: () => json(RepairListResponse, "GET", "/api/repairs"),
    get: (repairId: string) => json(RepairResponse, "GET", `/api/repairs/${id(repairId)}`),
    create: (body: CreateRepairBody) => json(RepairResponse, "POST", "/api/repairs", body),
    reflect: (repairId: string, body: RepairReflectionBody) =>
      json(RepairResponse, "PUT", `/api/repairs/${id(repairId)}/reflection`, body),
    offerAmends: (repairId: string, body: string) =>
      json(RepairResponse, "POST", `/api/repairs/${id(repairId)}/amends`, { body }),
    chooseRitual: (repairId: string, body: RitualBody) =>
      json(RepairResponse, "PUT", `/api/repairs/${id(repairId)}/ritual`, body),
    ritualDone: (repairId: string) =>
      json(RepairResponse, "POST", `/api/repairs/${id(repairId)}/ritual/done`),
    forgive: (repairId: string, body: ForgivenessBody) =>
      json(RepairResponse, "PUT", `/api/repairs/${id(repairId)}/forgiveness`, body),
  },
  boundaries: {
    list: () => json(BoundaryListResponse, "GET", "/api/boundaries"),
    get: (boundaryId: string) => json(BoundaryDetailResponse, "GET", `/api/boundaries/${id(boundaryId)}`),
    propose: (body: ProposeBoundaryBody) => json(BoundaryResponse, "POST", "/api/boundaries", body),
    respond: (boundaryId: string, body: { response: "accept" | "talk"; note?: string }) =>
      json(BoundaryResponse, "POST", `/api/boundaries/${id(boundaryId)}/respond`, body),
    counter: (boundaryId: string, body: { body: string; note?: string }) =>
      json(BoundaryResponse, "POST", `/api/boundaries/${id(boundaryId)}/counter`, body),
    crossed: (boundaryId: string, body: string) =>
      json(AgendaItemResponse, "POST", `/api/boundaries/${id(boundaryId)}/crossed`, { body }),
  },
  goals: {
    list: () => json(GoalListResponse, "GET", "/api/goals"),
    create: (body: { title: string; visibility?: Visibility }) =>
      json(GoalResponse, "POST", "/api/goals", body),
    rename: (goalId: string, title: string) =>
      json(GoalResponse, "PATCH", `/api/goals/${id(goalId)}`, { title }),
    addMilestone: (goalId: string, title: string) =>
      json(GoalResponse, "POST", `/api/goals/${id(goalId)}/milestones`, { title }),
    milestoneDone: (goalId: string, milestoneId: string) =>
      json(GoalResponse, "POST", `/api/goals/${id(goalId)}/milestones/${id(milestoneId)}/done`),
    reach: (goalId: string) => json(GoalResponse, "POST", `/api/goals/${id(goalId)}/reach`),
    setAside: (goalId: string) => json(GoalResponse, "POST", `/api/goals/${id(goalId)}/set-aside`),
    resume: (goalId: string) => json(GoalResponse, "POST", `/api/goals/${id(goalId)}/resume`),
  },
  timeline: () => json(TimelineResponse, "GET", "/api/timeline"),
  distractions: {
    get: () => json(DistractionsResponse, "GET", "/api/me/distractions"),
    save: (items: string[]) => json(DistractionsResponse, "PUT", "/api/me/distractions", { items }),
  },
} as const;

/** Query keys in one place so invalidation cannot miss a screen. */
export const queryKeys = {
  me: ["me"] as const,
  sessions: ["sessions"] as const,
  preferences: ["preferences"] as const,
  journal: ["journal"] as const,
  journalList: ["journal", "list"] as const,
  journalEntry: (entryId: string) => ["journal", "entry", entryId] as const,
  instruments: ["instruments"] as const,
  instrument: (instrumentId: string) => ["instruments", instrumentId] as const,
  assessments: ["assessments"] as const,
  assessmentList: (instrumentId?: string) => ["assessments", "list", instrumentId ?? "all"] as const,
  assessment: (assessmentId: string) => ["assessments", "one", assessmentId] as const,
  drafts: ["assessment-drafts"] as const,
  draft: (instrumentId: string) => ["assessment-drafts", instrumentId] as const,
  lessons: ["lessons"] as const,
  checkins: ["checkins"] as const,
  checkinRhythm: ["checkins", "rhythm"] as const,
  checkinCurrent: ["checkins", "current"] as const,
  checkinList: ["checkins", "list"] as const,
  appreciations: ["appreciations"] as const,
  appreciationList: ["appreciations", "list"] as const,
  letters: ["letters"] as const,
  letterList: ["letters", "list"] as const,
  commitments: ["commitments"] as const,
  commitmentList: ["commitments", "list"] as const,
  commitment: (commitmentId: string) => ["commitments", "one", commitmentId] as const,
  trustAction: ["trust-action"] as const,
  thoughtRecords: ["thought-records"] as const,
  thoughtRecordList: ["thought-records", "list"] as const,
  thoughtRecordStats: ["thought-records", "stats"] as const,
  repairs: ["repairs"] as const,
  repairList: ["repairs", "list"] as const,
  repair: (repairId: string) => ["repairs", "one", repairId] as const,
  boundaries: ["boundaries"] as const,
  boundaryList: ["boundaries", "list"] as const,
  boundary: (boundaryId: string) => ["boundaries", "one", boundaryId] as const,
  goals: ["goals"] as const,
  timeline: ["timeline"] as const,
  distractions: ["distractions"] as const,
};
