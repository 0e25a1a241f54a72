/**
 * The authorization matrix: every route × every kind of caller. A route added to the app without
 * a row here fails the first test. Each cell runs on a fresh cast, so a write by one caller can
 * never hide what another caller may do. Counsellor columns arrive with the counsellor feature.
 */
import { SAFETY_ITEM_IDS } from "@mend/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support/app.ts";
import { DATABASES } from "./support/database.ts";
import { type Cast, CHECKIN_ANSWER, castOf, SELF_WORTH_ANSWERS } from "./support/fixture.ts";

const ACTORS = [
  "author",
  "partner",
  "otherCouple",
  "anonymous",
  "counsellor",
  "otherCounsellor",
  "otherCouplesCounsellor",
] as const;
type Actor = (typeof ACTORS)[number];
type PartnerActor = "author" | "partner" | "otherCouple" | "anonymous";
type CounsellorActor = Exclude<Actor, PartnerActor>;

interface Cell {
  status: number;
  /** For list routes: exactly what this caller must see, as `Case.list` extracts it. */
  sees?: (cast: Cast) => string[];
}

interface Case {
  name: string;
  request: (cast: Cast) => {
    method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
    url: string;
    body?: unknown;
  };
  /**
   * Counsellor columns may be left out: a route partners use then expects 403 from every
   * counsellor (the role guard), and a public route what the anonymous visitor gets.
   */
  expect: Record<PartnerActor, number | Cell> & Partial<Record<CounsellorActor, number | Cell>>;
  /** Runs before the request (e.g. a partner withdraws consent) — the "after withdrawal" cells. */
  before?: (cast: Cast) => Promise<unknown>;
  /** For list routes: what to compare with `Cell.sees` (entry bodies, result ids…). */
  list?: (json: unknown) => string[];
  /** Secrets this request rightly reveals (answering the second half of a sealed check-in). */
  reveals?: string[];
}

const entryBodies = (json: unknown) => (json as { entries: { body: string }[] }).entries.map((e) => e.body);
const assessmentIds = (json: unknown) =>
  (json as { assessments: { id: string }[] }).assessments.map((a) => a.id);

/** Keyed by "METHOD /path" exactly as the OpenAPI document lists it. */
const MATRIX: Record<string, Case[]> = {
  "GET /api/health": [
    { name: "health", request: () => ({ method: "GET", url: "/api/health" }), expect: all(200) },
  ],
  "POST /api/auth/register": [
    {
      name: "register a new account",
      request: () => ({
        method: "POST",
        url: "/api/auth/register",
        body: {
          email: `new.${Math.random()}@example.test`,
          password: "a fresh long passphrase",
          displayName: "N",
        },
      }),
      expect: all(201),
    },
  ],
  "POST /api/auth/login": [
    {
      name: "sign in as Alex",
      request: (c) => ({
        method: "POST",
        url: "/api/auth/login",
        body: { email: c.author.email, password: "correct horse battery staple 42" },
      }),
      expect: all(200),
    },
  ],
  "POST /api/auth/logout": [
    { name: "sign out", request: () => ({ method: "POST", url: "/api/auth/logout" }), expect: everyone(204) },
  ],
  "GET /api/me": [{ name: "me", request: () => ({ method: "GET", url: "/api/me" }), expect: everyone(200) }],
  "GET /api/sessions": [
    { name: "my sessions", request: () => ({ method: "GET", url: "/api/sessions" }), expect: everyone(200) },
  ],
  "DELETE /api/sessions/{id}": [
    {
      name: "end Alex's session",
      request: (c) => ({ method: "DELETE", url: `/api/sessions/${c.authorSessionId}` }),
      expect: {
        author: 204,
        partner: 404,
        otherCouple: 404,
        anonymous: 401,
        counsellor: 404,
        otherCounsellor: 404,
        otherCouplesCounsellor: 404,
      },
    },
  ],
  "POST /api/couple/invite": [
    {
      name: "invite while linked",
      request: () => ({ method: "POST", url: "/api/couple/invite" }),
      expect: signedIn(409),
    },
  ],
  "POST /api/couple/join": [
    {
      name: "join Solo's invite while linked",
      request: (c) => ({ method: "POST", url: "/api/couple/join", body: { code: c.soloInviteCode } }),
      expect: signedIn(409),
    },
  ],
  "POST /api/couple/leave": [
    { name: "leave", request: () => ({ method: "POST", url: "/api/couple/leave" }), expect: signedIn(204) },
  ],
  "POST /api/journal": [
    {
      name: "write a shared entry",
      request: () => ({
        method: "POST",
        url: "/api/journal",
        body: { body: "new words", visibility: "couple" },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/journal": [
    {
      name: "list entries",
      request: () => ({ method: "GET", url: "/api/journal" }),
      list: entryBodies,
      expect: {
        author: { status: 200, sees: () => ["partner-shared", "SECRET-author-private", "author-shared"] },
        partner: { status: 200, sees: () => ["partner-shared", "SECRET-partner-private", "author-shared"] },
        otherCouple: { status: 200, sees: () => ["SECRET-other-couple-shared"] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/journal/{id}": [
    {
      name: "read Alex's private entry",
      request: (c) => ({ method: "GET", url: `/api/journal/${c.entries.private}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's shared entry",
      request: (c) => ({ method: "GET", url: `/api/journal/${c.entries.shared}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PATCH /api/journal/{id}": [
    {
      name: "edit Alex's private entry",
      request: (c) => ({
        method: "PATCH",
        url: `/api/journal/${c.entries.private}`,
        body: { body: "changed" },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "edit Alex's shared entry",
      request: (c) => ({
        method: "PATCH",
        url: `/api/journal/${c.entries.shared}`,
        body: { visibility: "private" },
      }),
      expect: { author: 200, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "DELETE /api/journal/{id}": [
    {
      name: "delete Alex's private entry",
      request: (c) => ({ method: "DELETE", url: `/api/journal/${c.entries.private}` }),
      expect: { author: 204, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "delete Alex's shared entry",
      request: (c) => ({ method: "DELETE", url: `/api/journal/${c.entries.shared}` }),
      expect: { author: 204, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/coach/analyze": [
    {
      name: "analyse a message",
      request: () => ({ method: "POST", url: "/api/coach/analyze", body: { text: "You never listen." } }),
      expect: signedIn(200),
    },
  ],
  "GET /api/lessons": [
    {
      name: "my lesson progress (Alex read one)",
      request: () => ({ method: "GET", url: "/api/lessons" }),
      list: (json) =>
        (json as { lessons: { id: string; readAt: string | null }[] }).lessons
          .filter((l) => l.readAt)
          .map((l) => l.id),
      expect: {
        author: { status: 200, sees: () => ["the-path"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "PUT /api/lessons/{id}/read": [
    {
      name: "mark read",
      request: () => ({ method: "PUT", url: "/api/lessons/the-path/read" }),
      expect: signedIn(204),
    },
  ],
  "DELETE /api/lessons/{id}/read": [
    {
      name: "mark unread",
      request: () => ({ method: "DELETE", url: "/api/lessons/the-path/read" }),
      expect: signedIn(204),
    },
  ],
  "GET /api/me/preferences": [
    {
      name: "my preferences (Alex turned the coach off)",
      request: () => ({ method: "GET", url: "/api/me/preferences" }),
      list: (json) => [String((json as { preferences: { coachEnabled: boolean } }).preferences.coachEnabled)],
      expect: {
        author: { status: 200, sees: () => ["false"] },
        partner: { status: 200, sees: () => ["true"] },
        otherCouple: { status: 200, sees: () => ["true"] },
        counsellor: { status: 200, sees: () => ["true"] },
        otherCounsellor: { status: 200, sees: () => ["true"] },
        otherCouplesCounsellor: { status: 200, sees: () => ["true"] },
        anonymous: 401,
      },
    },
  ],
  "PATCH /api/me/preferences": [
    {
      name: "turn the coach off",
      request: () => ({ method: "PATCH", url: "/api/me/preferences", body: { coachEnabled: false } }),
      expect: everyone(200),
    },
  ],
  "GET /api/events": [
    {
      name: "events waiting for me (polling)",
      request: () => ({ method: "GET", url: "/api/events?once=true&lastEventId=0" }),
      list: (json) => String(json).match(/event: [a-z.-]+/g) ?? [],
      expect: {
        author: {
          status: 200,
          sees: () => [
            "event: appreciation.created",
            "event: boundary.agreed",
            "event: counsellor.joined",
            "event: counsellor.consent-changed",
            "event: exercise.assigned",
            "event: report.approved",
          ],
        },
        // Events of private things (Alex's private promise, thought record, goal) never go out.
        partner: {
          status: 200,
          sees: () => [
            "event: letter.delivered",
            "event: checkin.rhythm-proposed",
            "event: checkin.answered",
            "event: commitment.created",
            "event: commitment.marked",
            "event: repair.started",
            "event: repair.reflected",
            "event: boundary.proposed",
            "event: boundary.proposed",
            "event: goal.created",
            "event: counsellor.joined",
            "event: counsellor.consent-changed",
            "event: exercise.assigned",
            "event: report.created",
            "event: report.created",
            "event: report.approved",
            "event: report.approved",
          ],
        },
        otherCouple: {
          status: 200,
          sees: () => ["event: counsellor.joined", "event: counsellor.consent-changed"],
        },
        anonymous: 401,
        counsellor: {
          status: 200,
          sees: () => [
            "event: counsellor.consent-changed",
            "event: counsellor.consent-changed",
            "event: report.approved",
          ],
        },
        otherCounsellor: { status: 200, sees: () => [] },
        otherCouplesCounsellor: {
          status: 200,
          sees: () => ["event: counsellor.consent-changed", "event: counsellor.consent-changed"],
        },
      },
    },
  ],
  "POST /api/appreciations": [
    {
      name: "thank my partner",
      request: () => ({ method: "POST", url: "/api/appreciations", body: { body: "thank you" } }),
      expect: signedIn(201),
    },
  ],
  "GET /api/appreciations": [
    {
      name: "our appreciations",
      request: () => ({ method: "GET", url: "/api/appreciations" }),
      list: (json) => (json as { appreciations: { body: string }[] }).appreciations.map((a) => a.body),
      expect: {
        author: { status: 200, sees: () => ["partner-thanks"] },
        partner: { status: 200, sees: () => ["partner-thanks"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/appreciations/jar": [
    {
      name: "draw from the jar",
      request: () => ({ method: "GET", url: "/api/appreciations/jar" }),
      list: (json) => {
        const drawn = (json as { appreciation: { body: string } | null }).appreciation;
        return drawn ? [drawn.body] : [];
      },
      expect: {
        author: { status: 200, sees: () => ["partner-thanks"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "POST /api/letters": [
    {
      name: "write a letter",
      request: () => ({ method: "POST", url: "/api/letters", body: { body: "dear you", kind: "letter" } }),
      expect: signedIn(201),
    },
  ],
  "GET /api/letters": [
    {
      name: "letters I may read",
      request: () => ({ method: "GET", url: "/api/letters" }),
      list: (json) => (json as { letters: { body: string }[] }).letters.map((l) => l.body),
      expect: {
        author: {
          status: 200,
          sees: () => ["SECRET-author-unsent", "SECRET-author-timed", "author-letter-delivered"],
        },
        partner: { status: 200, sees: () => ["author-letter-delivered"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/letters/{id}": [
    {
      name: "read Alex's unsent letter",
      request: (c) => ({ method: "GET", url: `/api/letters/${c.letters.unsent}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's letter timed for tomorrow",
      request: (c) => ({ method: "GET", url: `/api/letters/${c.letters.timed}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's delivered letter",
      request: (c) => ({ method: "GET", url: `/api/letters/${c.letters.delivered}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/letters/{id}/send-copy": [
    {
      name: "send a copy of Alex's unsent letter",
      request: (c) => ({ method: "POST", url: `/api/letters/${c.letters.unsent}/send-copy`, body: {} }),
      expect: { author: 201, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/checkins/rhythm": [
    {
      name: "our rhythm",
      request: () => ({ method: "GET", url: "/api/checkins/rhythm" }),
      expect: signedIn(200),
    },
  ],
  "PUT /api/checkins/rhythm": [
    {
      name: "propose a rhythm",
      request: () => ({
        method: "PUT",
        url: "/api/checkins/rhythm",
        body: { cadence: "fortnightly", weekday: 3, time: "20:00", timeZone: "UTC" },
      }),
      expect: signedIn(200),
    },
  ],
  "POST /api/checkins/rhythm/accept": [
    {
      name: "accept Alex's proposal",
      request: () => ({ method: "POST", url: "/api/checkins/rhythm/accept" }),
      expect: { author: 409, partner: 200, otherCouple: 409, anonymous: 401 },
    },
  ],
  "GET /api/checkins/calendar.ics": [
    {
      name: "calendar before a rhythm is agreed",
      request: () => ({ method: "GET", url: "/api/checkins/calendar.ics" }),
      expect: { author: 404, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/checkins/current": [
    {
      name: "the current check-in (Alex answered, sealed)",
      request: () => ({ method: "GET", url: "/api/checkins/current" }),
      list: (json) => {
        const c = (json as { checkin: { mine: { worry: string } | null; partner: { worry: string } | null } })
          .checkin;
        return [c.mine ? "mine" : "", c.partner ? "partner" : ""].filter(Boolean);
      },
      expect: {
        author: { status: 200, sees: () => ["mine"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/checkins": [
    {
      name: "check-in history",
      request: () => ({ method: "GET", url: "/api/checkins" }),
      list: (json) => (json as { checkins: { id: string }[] }).checkins.map((c) => c.id),
      expect: {
        author: { status: 200, sees: (c) => [c.checkinId] },
        partner: { status: 200, sees: (c) => [c.checkinId] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/checkins/{id}": [
    {
      name: "read our sealed check-in",
      request: (c) => ({ method: "GET", url: `/api/checkins/${c.checkinId}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/checkins/{id}/answers": [
    {
      name: "answer our check-in",
      request: (c) => ({
        method: "POST",
        url: `/api/checkins/${c.checkinId}/answers`,
        body: CHECKIN_ANSWER("x"),
      }),
      // Sam's answer completes the check-in, so the answer rightly reveals Alex's.
      reveals: ["SECRET-author-checkin"],
      expect: { author: 409, partner: 201, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/checkins/{id}/notes": [
    {
      name: "add a note before the reveal",
      request: (c) => ({ method: "POST", url: `/api/checkins/${c.checkinId}/notes`, body: { body: "also" } }),
      expect: { author: 409, partner: 409, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/instruments": [
    {
      name: "list instruments",
      request: () => ({ method: "GET", url: "/api/instruments" }),
      expect: signedIn(200),
    },
  ],
  "GET /api/instruments/{id}": [
    {
      name: "read an instrument",
      request: () => ({ method: "GET", url: "/api/instruments/attachment" }),
      expect: signedIn(200),
    },
  ],
  "POST /api/assessments": [
    {
      name: "submit a result",
      request: () => ({
        method: "POST",
        url: "/api/assessments",
        body: { instrumentId: "self-worth", responses: SELF_WORTH_ANSWERS, visibility: "private" },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/assessments": [
    {
      name: "list results",
      request: () => ({ method: "GET", url: "/api/assessments" }),
      list: assessmentIds,
      expect: {
        author: { status: 200, sees: (c) => [c.assessments.private, c.assessments.shared] },
        partner: { status: 200, sees: (c) => [c.assessments.shared, c.assessments.partnerPrivate] },
        otherCouple: { status: 200, sees: (c) => [c.assessments.otherCouple] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/assessments/{id}": [
    {
      name: "read Alex's private result",
      request: (c) => ({ method: "GET", url: `/api/assessments/${c.assessments.private}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's shared result",
      request: (c) => ({ method: "GET", url: `/api/assessments/${c.assessments.shared}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PATCH /api/assessments/{id}": [
    {
      name: "share Alex's private result",
      request: (c) => ({
        method: "PATCH",
        url: `/api/assessments/${c.assessments.private}`,
        body: { visibility: "couple" },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "unshare Alex's shared result",
      request: (c) => ({
        method: "PATCH",
        url: `/api/assessments/${c.assessments.shared}`,
        body: { visibility: "private" },
      }),
      expect: { author: 200, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/assessment-drafts/{instrumentId}": [
    {
      name: "read my draft (only Alex has one)",
      request: () => ({ method: "GET", url: "/api/assessment-drafts/attachment" }),
      expect: {
        author: { status: 200, sees: () => ["ax1"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
      list: (json) => Object.keys((json as { draft: { responses: object } | null }).draft?.responses ?? {}),
    },
  ],
  "PUT /api/assessment-drafts/{instrumentId}": [
    {
      name: "save my draft",
      request: () => ({
        method: "PUT",
        url: "/api/assessment-drafts/attachment",
        body: { responses: { ax2: 3 } },
      }),
      expect: signedIn(200),
    },
  ],
  "DELETE /api/assessment-drafts/{instrumentId}": [
    {
      name: "delete my draft",
      request: () => ({ method: "DELETE", url: "/api/assessment-drafts/attachment" }),
      expect: signedIn(204),
    },
  ],

  // ── commitments ───────────────────────────────────────────────────────────
  "POST /api/commitments": [
    {
      name: "make a shared commitment",
      request: (c) => ({
        method: "POST",
        url: "/api/commitments",
        body: {
          title: "Call at lunch",
          schedule: { repeat: "daily", startsOn: c.today, timeZone: "UTC" },
          visibility: "couple",
        },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/commitments": [
    {
      name: "list commitments",
      request: () => ({ method: "GET", url: "/api/commitments" }),
      list: (json) => (json as { commitments: { title: string }[] }).commitments.map((c) => c.title),
      expect: {
        author: { status: 200, sees: () => ["SECRET-author-commitment", "author-commitment-shared"] },
        partner: { status: 200, sees: () => ["author-commitment-shared"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/commitments/{id}": [
    {
      name: "read Alex's private commitment",
      request: (c) => ({ method: "GET", url: `/api/commitments/${c.commitments.private}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "read Alex's shared commitment",
      request: (c) => ({ method: "GET", url: `/api/commitments/${c.commitments.shared}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PUT /api/commitments/{id}/occurrences/{date}": [
    {
      name: "mark Alex's private commitment",
      request: (c) => ({
        method: "PUT",
        url: `/api/commitments/${c.commitments.private}/occurrences/${c.today}`,
        body: { outcome: "missed" },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "mark Alex's shared commitment",
      request: (c) => ({
        method: "PUT",
        url: `/api/commitments/${c.commitments.shared}/occurrences/${c.today}`,
        body: { outcome: "kept" },
      }),
      expect: { author: 200, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/commitments/{id}/occurrences/{date}/acknowledge": [
    {
      name: "acknowledge Alex's kept shared promise",
      request: (c) => ({
        method: "POST",
        url: `/api/commitments/${c.commitments.shared}/occurrences/${c.today}/acknowledge`,
      }),
      expect: { author: 409, partner: 200, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "acknowledge Alex's private promise",
      request: (c) => ({
        method: "POST",
        url: `/api/commitments/${c.commitments.private}/occurrences/${c.today}/acknowledge`,
      }),
      expect: { author: 409, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/commitments/{id}/renegotiate": [
    {
      name: "renegotiate Alex's shared commitment",
      request: (c) => ({
        method: "POST",
        url: `/api/commitments/${c.commitments.shared}/renegotiate`,
        body: { title: "Call most days", schedule: { repeat: "daily", startsOn: c.today, timeZone: "UTC" } },
      }),
      expect: { author: 201, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/commitments/{id}/end": [
    {
      name: "end Alex's private commitment",
      request: (c) => ({
        method: "POST",
        url: `/api/commitments/${c.commitments.private}/end`,
        body: { reason: "done" },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "end Alex's shared commitment",
      request: (c) => ({
        method: "POST",
        url: `/api/commitments/${c.commitments.shared}/end`,
        body: { reason: "done" },
      }),
      expect: { author: 200, partner: 403, otherCouple: 404, anonymous: 401 },
    },
  ],
  // ── daily trust action ────────────────────────────────────────────────────
  "GET /api/trust-actions/today": [
    {
      name: "today's action",
      request: () => ({ method: "GET", url: "/api/trust-actions/today" }),
      expect: signedIn(200),
    },
  ],
  "POST /api/trust-actions/today/skip": [
    {
      name: "skip it",
      request: () => ({ method: "POST", url: "/api/trust-actions/today/skip" }),
      expect: signedIn(200),
    },
  ],
  "POST /api/trust-actions/today/done": [
    {
      name: "do it",
      request: () => ({ method: "POST", url: "/api/trust-actions/today/done" }),
      expect: signedIn(200),
    },
  ],
  // ── thought records ───────────────────────────────────────────────────────
  "POST /api/thought-records": [
    {
      name: "write a thought record",
      request: () => ({
        method: "POST",
        url: "/api/thought-records",
        body: { situation: "s", thought: "t", intensityBefore: 50 },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/thought-records": [
    {
      name: "list thought records",
      request: () => ({ method: "GET", url: "/api/thought-records" }),
      list: (json) =>
        (json as { thoughtRecords: { thought: string }[] }).thoughtRecords.map((r) => r.thought),
      expect: {
        author: { status: 200, sees: () => ["SECRET-author-thought"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/thought-records/stats": [
    {
      name: "my figures",
      request: () => ({ method: "GET", url: "/api/thought-records/stats" }),
      list: (json) => (json as { months: { count: number }[] }).months.map((m) => String(m.count)),
      expect: {
        author: { status: 200, sees: () => ["1"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/thought-records/{id}": [
    {
      name: "read Alex's private thought record",
      request: (c) => ({ method: "GET", url: `/api/thought-records/${c.thoughtRecord}` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PATCH /api/thought-records/{id}": [
    {
      name: "edit Alex's thought record",
      request: (c) => ({
        method: "PATCH",
        url: `/api/thought-records/${c.thoughtRecord}`,
        body: { intensityAfter: 20 },
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "DELETE /api/thought-records/{id}": [
    {
      name: "delete Alex's thought record",
      request: (c) => ({ method: "DELETE", url: `/api/thought-records/${c.thoughtRecord}` }),
      expect: { author: 204, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  // ── repairs ───────────────────────────────────────────────────────────────
  "POST /api/repairs": [
    {
      name: "start a repair",
      request: () => ({ method: "POST", url: "/api/repairs", body: { title: "t", kind: "rupture" } }),
      expect: signedIn(201),
    },
  ],
  "GET /api/repairs": [
    {
      name: "list repairs",
      request: () => ({ method: "GET", url: "/api/repairs" }),
      list: (json) => (json as { repairs: { id: string }[] }).repairs.map((r) => r.id),
      expect: {
        author: { status: 200, sees: (c) => [c.repairId] },
        partner: { status: 200, sees: (c) => [c.repairId] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/repairs/{id}": [
    {
      name: "read our repair with Alex's sealed reflection",
      request: (c) => ({ method: "GET", url: `/api/repairs/${c.repairId}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PUT /api/repairs/{id}/reflection": [
    {
      name: "write a reflection",
      request: (c) => ({
        method: "PUT",
        url: `/api/repairs/${c.repairId}/reflection`,
        body: { happened: "h", felt: "f", myPart: "p", wouldHelp: "w" },
      }),
      // Sam's reflection completes the pair, so it rightly reveals Alex's.
      reveals: ["SECRET-author-repair"],
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/repairs/{id}/amends": [
    {
      name: "offer amends before the reveal",
      request: (c) => ({ method: "POST", url: `/api/repairs/${c.repairId}/amends`, body: { body: "a" } }),
      expect: { author: 409, partner: 409, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PUT /api/repairs/{id}/ritual": [
    {
      name: "choose a ritual before the reveal",
      request: (c) => ({ method: "PUT", url: `/api/repairs/${c.repairId}/ritual`, body: { ritual: "walk" } }),
      expect: { author: 409, partner: 409, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/repairs/{id}/ritual/done": [
    {
      name: "mark a ritual done before one is chosen",
      request: (c) => ({ method: "POST", url: `/api/repairs/${c.repairId}/ritual/done` }),
      expect: { author: 409, partner: 409, otherCouple: 404, anonymous: 401 },
    },
  ],
  "PUT /api/repairs/{id}/forgiveness": [
    {
      name: "a forgiveness reflection",
      request: (c) => ({
        method: "PUT",
        url: `/api/repairs/${c.repairId}/forgiveness`,
        body: { answer: "partly" },
      }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  // ── boundaries ────────────────────────────────────────────────────────────
  "POST /api/boundaries": [
    {
      name: "propose a boundary",
      request: () => ({ method: "POST", url: "/api/boundaries", body: { kind: "limit", body: "b" } }),
      expect: signedIn(201),
    },
  ],
  "GET /api/boundaries": [
    {
      name: "list boundaries",
      request: () => ({ method: "GET", url: "/api/boundaries" }),
      list: (json) => (json as { boundaries: { body: string }[] }).boundaries.map((b) => b.body),
      expect: {
        author: { status: 200, sees: () => ["boundary-proposed", "boundary-agreed"] },
        partner: { status: 200, sees: () => ["boundary-proposed", "boundary-agreed"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/boundaries/{id}": [
    {
      name: "read our boundary",
      request: (c) => ({ method: "GET", url: `/api/boundaries/${c.boundaries.agreed}` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/boundaries/{id}/respond": [
    {
      name: "accept Alex's proposal",
      request: (c) => ({
        method: "POST",
        url: `/api/boundaries/${c.boundaries.proposed}/respond`,
        body: { response: "accept" },
      }),
      expect: { author: 409, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/boundaries/{id}/counter": [
    {
      name: "propose a change",
      request: (c) => ({
        method: "POST",
        url: `/api/boundaries/${c.boundaries.proposed}/counter`,
        body: { body: "changed" },
      }),
      expect: { author: 201, partner: 201, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/boundaries/{id}/crossed": [
    {
      name: "raise a crossed boundary",
      request: (c) => ({
        method: "POST",
        url: `/api/boundaries/${c.boundaries.agreed}/crossed`,
        body: { body: "I felt hurt" },
      }),
      expect: { author: 201, partner: 201, otherCouple: 404, anonymous: 401 },
    },
  ],
  // ── goals, timeline, spiralling ───────────────────────────────────────────
  "POST /api/goals": [
    {
      name: "set a goal (Alex already has two)",
      request: () => ({ method: "POST", url: "/api/goals", body: { title: "g" } }),
      expect: { author: 409, partner: 201, otherCouple: 201, anonymous: 401 },
    },
  ],
  "GET /api/goals": [
    {
      name: "list goals",
      request: () => ({ method: "GET", url: "/api/goals" }),
      list: (json) => (json as { goals: { title: string }[] }).goals.map((g) => g.title),
      expect: {
        author: { status: 200, sees: () => ["SECRET-author-goal", "author-goal-shared"] },
        partner: { status: 200, sees: () => ["author-goal-shared"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "PATCH /api/goals/{id}": [
    {
      name: "rename Alex's private goal",
      request: (c) => ({ method: "PATCH", url: `/api/goals/${c.goals.private}`, body: { title: "new" } }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
    {
      name: "rename Alex's shared goal",
      request: (c) => ({ method: "PATCH", url: `/api/goals/${c.goals.shared}`, body: { title: "new" } }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/goals/{id}/milestones": [
    {
      name: "add a milestone to Alex's shared goal",
      request: (c) => ({
        method: "POST",
        url: `/api/goals/${c.goals.shared}/milestones`,
        body: { title: "m" },
      }),
      expect: { author: 201, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/goals/{id}/milestones/{milestoneId}/done": [
    {
      name: "reach Alex's milestone",
      request: (c) => ({
        method: "POST",
        url: `/api/goals/${c.goals.shared}/milestones/${c.goals.milestone}/done`,
      }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/goals/{id}/reach": [
    {
      name: "reach Alex's private goal",
      request: (c) => ({ method: "POST", url: `/api/goals/${c.goals.private}/reach` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/goals/{id}/set-aside": [
    {
      name: "set aside Alex's shared goal",
      request: (c) => ({ method: "POST", url: `/api/goals/${c.goals.shared}/set-aside` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/goals/{id}/resume": [
    {
      name: "resume Alex's (active) shared goal",
      request: (c) => ({ method: "POST", url: `/api/goals/${c.goals.shared}/resume` }),
      expect: { author: 200, partner: 404, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/timeline": [
    {
      name: "our timeline",
      request: () => ({ method: "GET", url: "/api/timeline" }),
      list: (json) => (json as { items: { kind: string }[] }).items.map((i) => i.kind),
      expect: {
        // Alex's shared promise was kept today; the agreed boundary counts; private goals never.
        author: { status: 200, sees: () => ["linked", "commitments-kept", "boundary-agreed"] },
        partner: { status: 200, sees: () => ["linked", "commitments-kept", "boundary-agreed"] },
        otherCouple: { status: 200, sees: () => ["linked"] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/me/distractions": [
    {
      name: "my distractions",
      request: () => ({ method: "GET", url: "/api/me/distractions" }),
      list: (json) => (json as { items: string[] }).items,
      expect: {
        author: { status: 200, sees: () => ["SECRET-author-distraction"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "PUT /api/me/distractions": [
    {
      name: "save my distractions",
      request: () => ({ method: "PUT", url: "/api/me/distractions", body: { items: ["a walk"] } }),
      expect: signedIn(200),
    },
  ],

  // ── counsellors: partner side ─────────────────────────────────────────────
  "POST /api/couple/counsellor-invite": [
    {
      name: "invite a counsellor",
      request: () => ({ method: "POST", url: "/api/couple/counsellor-invite" }),
      expect: signedIn(201),
    },
  ],
  "GET /api/couple/counsellor-consent": [
    {
      name: "our consent",
      request: () => ({ method: "GET", url: "/api/couple/counsellor-consent" }),
      list: (json) => (json as { consent: { effective: string[] } }).consent.effective,
      expect: {
        author: { status: 200, sees: () => ["checkins", "boundaries", "goals"] },
        partner: { status: 200, sees: () => ["checkins", "boundaries", "goals"] },
        otherCouple: {
          status: 200,
          sees: () => ["assessments", "checkins", "commitments", "repairs", "boundaries", "goals"],
        },
        anonymous: 401,
      },
    },
  ],
  "PUT /api/couple/counsellor-consent": [
    {
      name: "change my consent",
      request: () => ({
        method: "PUT",
        url: "/api/couple/counsellor-consent",
        body: { categories: ["goals"] },
      }),
      expect: signedIn(200),
    },
  ],
  "GET /api/couple/access-log": [
    {
      name: "who looked at what",
      before: (c) => c.counsellor.get(`/api/counsellor/couples/${c.coupleId}/goals`),
      request: () => ({ method: "GET", url: "/api/couple/access-log" }),
      list: (json) => (json as { entries: { category: string }[] }).entries.map((e) => e.category),
      expect: {
        author: { status: 200, sees: () => ["goals"] },
        partner: { status: 200, sees: () => ["goals"] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/couple/exercises": [
    {
      name: "our to-do",
      request: () => ({ method: "GET", url: "/api/couple/exercises" }),
      list: (json) => (json as { exercises: { id: string }[] }).exercises.map((e) => e.id),
      expect: {
        author: { status: 200, sees: (c) => [c.exerciseId] },
        partner: { status: 200, sees: (c) => [c.exerciseId] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "POST /api/couple/exercises/{id}/done": [
    {
      name: "mark our exercise done",
      request: (c) => ({ method: "POST", url: `/api/couple/exercises/${c.exerciseId}/done` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "POST /api/couple/reports": [
    {
      name: "make a report",
      request: (c) => ({
        method: "POST",
        url: "/api/couple/reports",
        body: { from: "2026-01-01", to: c.today },
      }),
      expect: { author: 201, partner: 201, otherCouple: 201, anonymous: 401 },
    },
  ],
  "GET /api/couple/reports": [
    {
      name: "our reports",
      request: () => ({ method: "GET", url: "/api/couple/reports" }),
      list: (json) => (json as { reports: { id: string }[] }).reports.map((r) => r.id),
      expect: {
        author: { status: 200, sees: (c) => [c.reports.approved, c.reports.pending] },
        partner: { status: 200, sees: (c) => [c.reports.approved, c.reports.pending] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "POST /api/couple/reports/{id}/approve": [
    {
      name: "approve the pending report",
      request: (c) => ({ method: "POST", url: `/api/couple/reports/${c.reports.pending}/approve` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  "GET /api/couple/reports/{id}/pdf": [
    {
      name: "preview the pending report",
      request: (c) => ({ method: "GET", url: `/api/couple/reports/${c.reports.pending}/pdf` }),
      expect: { author: 200, partner: 200, otherCouple: 404, anonymous: 401 },
    },
  ],
  // ── counsellors: counsellor side ──────────────────────────────────────────
  "POST /api/counsellor/join": [
    {
      name: "join with Alex's invite",
      request: (c) => ({
        method: "POST",
        url: "/api/counsellor/join",
        body: { code: c.counsellorInviteCode },
      }),
      expect: counsellorsOnly({ counsellor: 200, otherCounsellor: 200, otherCouplesCounsellor: 200 }),
    },
  ],
  "GET /api/counsellor/couples": [
    {
      name: "my couples",
      request: () => ({ method: "GET", url: "/api/counsellor/couples" }),
      list: (json) => (json as { couples: { id: string }[] }).couples.map((c) => c.id),
      expect: counsellorsOnly({
        counsellor: { status: 200, sees: (c) => [c.coupleId] },
        otherCounsellor: { status: 200, sees: () => [] },
        otherCouplesCounsellor: { status: 200, sees: (c) => [c.otherCoupleId] },
      }),
    },
  ],
  ...categoryRows(),
  "POST /api/counsellor/couples/{coupleId}/exercises": [
    {
      name: "assign a prompt that is not in the catalogue",
      request: (c) => ({
        method: "POST",
        url: `/api/counsellor/couples/${c.coupleId}/exercises`,
        body: { kind: "prompt", ref: "first-betrayal" },
      }),
      expect: counsellorsOnly({ counsellor: 400, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
    {
      name: "assign a ritual to Alex and Sam",
      request: (c) => ({
        method: "POST",
        url: `/api/counsellor/couples/${c.coupleId}/exercises`,
        body: { kind: "ritual", ref: "bath" },
      }),
      expect: counsellorsOnly({ counsellor: 201, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
  ],
  "GET /api/counsellor/couples/{coupleId}/exercises": [
    {
      name: "exercises I assigned",
      request: (c) => ({ method: "GET", url: `/api/counsellor/couples/${c.coupleId}/exercises` }),
      expect: counsellorsOnly({ counsellor: 200, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
  ],
  "GET /api/counsellor/couples/{coupleId}/reports": [
    {
      name: "approved reports",
      request: (c) => ({ method: "GET", url: `/api/counsellor/couples/${c.coupleId}/reports` }),
      list: (json) => (json as { reports: { id: string }[] }).reports.map((r) => r.id),
      expect: counsellorsOnly({
        counsellor: { status: 200, sees: (c) => [c.reports.approved] },
        otherCounsellor: 404,
        otherCouplesCounsellor: 404,
      }),
    },
  ],
  "GET /api/counsellor/reports/{id}/pdf": [
    {
      name: "open the approved report",
      request: (c) => ({ method: "GET", url: `/api/counsellor/reports/${c.reports.approved}/pdf` }),
      expect: counsellorsOnly({ counsellor: 200, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
    {
      name: "open the report only Alex approved",
      request: (c) => ({ method: "GET", url: `/api/counsellor/reports/${c.reports.pending}/pdf` }),
      expect: counsellorsOnly({ counsellor: 404, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
    {
      name: "open the approved report after Sam withdraws check-ins",
      before: (c) =>
        c.partner.request("PUT", "/api/couple/counsellor-consent", { categories: ["goals", "boundaries"] }),
      request: (c) => ({ method: "GET", url: `/api/counsellor/reports/${c.reports.approved}/pdf` }),
      expect: counsellorsOnly({ counsellor: 403, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
    },
  ],
  // ── safety and support ────────────────────────────────────────────────────
  "POST /api/safety/check": [
    {
      name: "take the safety check",
      request: () => ({
        method: "POST",
        url: "/api/safety/check",
        body: { answers: Object.fromEntries(SAFETY_ITEM_IDS.map((id) => [id, "never"])) },
      }),
      expect: signedIn(201),
    },
  ],
  "GET /api/safety/checks": [
    {
      name: "my safety checks",
      request: () => ({ method: "GET", url: "/api/safety/checks" }),
      list: (json) => (json as { checks: { level: string }[] }).checks.map((c) => c.level),
      expect: {
        author: { status: 200, sees: () => ["urgent"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
  "GET /api/safety/mode": [
    {
      name: "my safety mode",
      request: () => ({ method: "GET", url: "/api/safety/mode" }),
      expect: signedIn(200),
    },
  ],
  "PUT /api/safety/mode": [
    {
      name: "turn safety mode on",
      request: () => ({ method: "PUT", url: "/api/safety/mode", body: { on: true } }),
      expect: signedIn(200),
    },
  ],
  "GET /api/safety/resources": [
    {
      name: "where to find help",
      request: () => ({ method: "GET", url: "/api/safety/resources" }),
      expect: signedIn(200),
    },
  ],
  "GET /api/support/suggestions": [
    {
      name: "when to get help",
      request: () => ({ method: "GET", url: "/api/support/suggestions" }),
      list: (json) => (json as { suggestions: { reason: string }[] }).suggestions.map((s) => s.reason),
      expect: {
        // Alex's own check was concerning: only Alex is told, never Sam.
        author: { status: 200, sees: () => ["safety-concern"] },
        partner: { status: 200, sees: () => [] },
        otherCouple: { status: 200, sees: () => [] },
        anonymous: 401,
      },
    },
  ],
};

/**
 * One row per counsellor category: consented by both (checkins, goals, boundaries), by one only
 * (commitments), by neither (assessments, repairs), and after a withdrawal.
 */
function categoryRows(): Record<string, Case[]> {
  const status = {
    checkins: 200,
    goals: 200,
    boundaries: 200,
    commitments: 403,
    assessments: 403,
    repairs: 403,
  };
  return Object.fromEntries(
    Object.entries(status).map(([category, consented]) => [
      `GET /api/counsellor/couples/{coupleId}/${category}`,
      [
        {
          name: `read Alex and Sam's ${category}`,
          request: (c: Cast) => ({
            method: "GET" as const,
            url: `/api/counsellor/couples/${c.coupleId}/${category}`,
          }),
          expect: counsellorsOnly({
            counsellor: consented,
            otherCounsellor: 404,
            otherCouplesCounsellor: 404,
          }),
        },
        {
          name: `read Alex and Sam's ${category} after Alex withdraws everything`,
          before: (c: Cast) => c.author.request("PUT", "/api/couple/counsellor-consent", { categories: [] }),
          request: (c: Cast) => ({
            method: "GET" as const,
            url: `/api/counsellor/couples/${c.coupleId}/${category}`,
          }),
          expect: counsellorsOnly({ counsellor: 403, otherCounsellor: 404, otherCouplesCounsellor: 404 }),
        },
      ],
    ]),
  );
}

function all(status: number): Record<Actor, number> {
  return {
    author: status,
    partner: status,
    otherCouple: status,
    anonymous: status,
    counsellor: status,
    otherCounsellor: status,
    otherCouplesCounsellor: status,
  };
}
function signedIn(status: number): Record<PartnerActor, number> {
  return { author: status, partner: status, otherCouple: status, anonymous: 401 };
}
/** Routes every signed-in person uses (their account, sessions, events). */
function everyone(status: number): Record<Actor, number> {
  return { ...all(status), anonymous: 401 };
}
/** Counsellor-only routes: partners get 403, the anonymous visitor 401. */
function counsellorsOnly(cells: Record<CounsellorActor, number | Cell>): Case["expect"] {
  return { author: 403, partner: 403, otherCouple: 403, anonymous: 401, ...cells };
}

function expectationOf(c: Case, actor: Actor): number | Cell {
  const explicit = c.expect[actor];
  if (explicit !== undefined) return explicit;
  const anonymous = c.expect.anonymous;
  const anonymousStatus = typeof anonymous === "number" ? anonymous : anonymous.status;
  return anonymousStatus === 401 ? 403 : anonymous;
}

describe.each(DATABASES)("authorization matrix on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("has a row for every route in the API", () => {
    const paths = (t.app.swagger() as { paths: Record<string, Record<string, unknown>> }).paths;
    const routes = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes.length).toBeGreaterThan(10);
    const missing = routes.filter((route) => !(route in MATRIX));
    expect(missing, "routes without a row in the authorization matrix").toEqual([]);
    const stale = Object.keys(MATRIX).filter((route) => !routes.includes(route));
    expect(stale, "matrix rows for routes that no longer exist").toEqual([]);
  });

  const cells = Object.entries(MATRIX).flatMap(([route, cases]) =>
    cases.flatMap((c) => ACTORS.map((actor) => ({ route, c, actor }))),
  );

  // A fresh cast per cell, so a write by one caller can never hide what another may do. Reads
  // change nothing anyone can see, so the cells of one read-only case share one cast.
  const sharedCasts = new Map<Case, Promise<Cast>>();
  const castFor = (route: string, c: Case): Promise<Cast> => {
    if (!route.startsWith("GET ") || c.before) return castOf(t.app, t.database.db, t.clock);
    let shared = sharedCasts.get(c);
    if (!shared) {
      shared = castOf(t.app, t.database.db, t.clock);
      sharedCasts.set(c, shared);
    }
    return shared;
  };

  it.each(cells)("$route — $c.name — as $actor", async ({ route, c, actor }) => {
    const cast = await castFor(route, c);
    await c.before?.(cast);
    const { method, url, body } = c.request(cast);
    const response = await cast[actor].request(method, url, body);
    const cell = expectationOf(c, actor);
    const expected: Cell = typeof cell === "number" ? { status: cell } : cell;
    expect(response.statusCode, response.body).toBe(expected.status);
    // Whatever the status, nothing private of anyone else may be in the answer.
    const othersSecrets = (Object.keys(cast.secrets) as (keyof Cast["secrets"])[])
      .filter((owner) => owner !== actor)
      .flatMap((owner) => cast.secrets[owner]);
    const leaked = othersSecrets.filter(
      (secret) =>
        response.body.includes(secret) && !(response.statusCode < 300 && c.reveals?.includes(secret)),
    );
    expect(leaked, "someone else's private text or ids in the answer").toEqual([]);
    if (expected.sees) {
      if (!c.list) throw new Error("a cell with `sees` needs the case's `list`");
      const payload = String(response.headers["content-type"]).includes("json")
        ? response.json()
        : response.body;
      expect(c.list(payload).sort()).toEqual(expected.sees(cast).sort());
    }
  });
});
