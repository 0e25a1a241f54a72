/**
 * The one way the web app talks to the server. Every answer is checked against the zod schema
 * the server itself uses (from @mend/core); every error body becomes an `ApiRequestError`.
 */
import {
  ApiError,
  AppreciationJarResponse,
  AppreciationListResponse,
  AppreciationResponse,
  AssessmentListResponse,
  AssessmentResponse,
  type CheckinAnswerBody,
  CheckinListResponse,
  CheckinResponse,
  CoupleResponse,
  type CreateAssessmentBody,
  type CreateJournalEntryBody,
  type CreateLetterBody,
  DraftResponse,
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
  type RegisterBody,
  type RhythmBody,
  RhythmResponse,
  SessionsResponse,
  type UpdateJournalEntryBody,
  UserResponse,
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
};
