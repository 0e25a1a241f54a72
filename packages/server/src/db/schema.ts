import type { ColumnType } from "kysely";

/**
 * Table types. Timestamps are written as ISO-8601 UTC strings; SQLite hands them back as strings,
 * PostgreSQL (timestamptz) as Date. `toIso` in ./convert.ts is the one place that evens this out.
 */
export type Timestamp = ColumnType<string | Date, string, string>;
export type NullableTimestamp = ColumnType<string | Date | null, string | null, string | null>;

export interface AppUserTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: "partner" | "counsellor";
  couple_id: string | null;
  created_at: Timestamp;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  device: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
}

export interface CoupleTable {
  id: string;
  created_at: Timestamp;
  ended_at: NullableTimestamp;
}

export interface CoupleInviteTable {
  code_hash: string;
  inviter_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  used_by: string | null;
}

export interface JournalEntryTable {
  id: string;
  couple_id: string | null;
  author_id: string;
  body: string;
  visibility: "private" | "couple";
  prompt: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LoginThrottleTable {
  key: string;
  window_start: Timestamp;
  failures: number;
}

export interface AssessmentTable {
  id: string;
  couple_id: string | null;
  author_id: string;
  instrument_id: string;
  instrument_version: number;
  /** JSON: { itemId: answer } */
  responses: string;
  /** JSON: { subscaleId: score } */
  scores: string;
  label: string | null;
  visibility: "private" | "couple";
  created_at: Timestamp;
}

export interface AssessmentDraftTable {
  author_id: string;
  instrument_id: string;
  responses: string;
  updated_at: Timestamp;
}

export interface LessonReadTable {
  user_id: string;
  lesson_id: string;
  read_at: Timestamp;
}

export interface RateLimitTable {
  key: string;
  window_start: Timestamp;
  hits: number;
}

export interface UserPreferencesTable {
  user_id: string;
  /** 0 or 1: booleans are stored as integers on both databases (see convert.ts). */
  coach_enabled: number;
  updated_at: Timestamp;
}

export interface EventTable {
  id: ColumnType<number | string, never, never>;
  couple_id: string | null;
  recipient_id: string;
  type: string;
  subject_id: string | null;
  created_at: Timestamp;
}

export interface JobTable {
  id: string;
  kind: string;
  /** JSON; ids only, never content. */
  payload: string;
  run_at: Timestamp;
  locked_until: NullableTimestamp;
  attempts: ColumnType<number, number | undefined, number>;
  done_at: NullableTimestamp;
  last_error: string | null;
  dedupe_key: string | null;
  created_at: Timestamp;
}

export interface OutboxTable {
  id: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: Timestamp;
}

export interface CheckinRhythmTable {
  couple_id: string;
  cadence: "weekly" | "fortnightly" | "monthly";
  weekday: number;
  time: string;
  time_zone: string;
  proposed_by: string;
  accepted_at: NullableTimestamp;
  /** ISO date (YYYY-MM-DD) of the first check-in day, in the rhythm's time zone. */
  starts_on: string;
  updated_at: Timestamp;
}

export interface CheckinTable {
  id: string;
  couple_id: string;
  period_key: string;
  opens_at: Timestamp;
  closes_at: NullableTimestamp;
  revealed_at: NullableTimestamp;
  missed_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface CheckinAnswerTable {
  checkin_id: string;
  author_id: string;
  couple_id: string;
  /** Always "couple": shared with the partner, but sealed until both have answered. */
  visibility: "couple";
  safety: number;
  trust: number;
  appreciation: string;
  worry: string;
  request: string;
  created_at: Timestamp;
}

export interface CheckinNoteTable {
  id: string;
  checkin_id: string;
  couple_id: string;
  author_id: string;
  body: string;
  created_at: Timestamp;
}

export interface AppreciationTable {
  id: string;
  couple_id: string;
  author_id: string;
  visibility: "couple";
  body: string;
  created_at: Timestamp;
}

export interface LetterTable {
  id: string;
  couple_id: string | null;
  author_id: string;
  kind: "letter" | "unsent";
  /** "private" for unsent letters, "couple" for letters to the partner. */
  visibility: "private" | "couple";
  body: string;
  /** The partner may read a letter from this instant on; its creation time when sent at once. */
  deliver_at: Timestamp;
  copied_from: string | null;
  created_at: Timestamp;
}

export interface Database {
  app_user: AppUserTable;
  session: SessionTable;
  couple: CoupleTable;
  couple_invite: CoupleInviteTable;
  journal_entry: JournalEntryTable;
  login_throttle: LoginThrottleTable;
  assessment: AssessmentTable;
  assessment_draft: AssessmentDraftTable;
  lesson_read: LessonReadTable;
  rate_limit: RateLimitTable;
  user_preferences: UserPreferencesTable;
  event: EventTable;
  job: JobTable;
  outbox: OutboxTable;
  checkin_rhythm: CheckinRhythmTable;
  checkin: CheckinTable;
  checkin_answer: CheckinAnswerTable;
  checkin_note: CheckinNoteTable;
  appreciation: AppreciationTable;
  letter: LetterTable;
}
