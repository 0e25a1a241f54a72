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
  /** Set while this person has safety mode on: their couple's shared features are paused. */
  safety_mode_at: NullableTimestamp;
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

/** One version of a promise; versions of the same promise share `series_id`. */
export interface CommitmentTable {
  id: string;
  series_id: string;
  version: number;
  couple_id: string | null;
  author_id: string;
  visibility: "private" | "couple";
  title: string;
  /** JSON of core's Schedule. */
  schedule: string;
  status: "active" | "renegotiated" | "ended";
  reason: string | null;
  created_at: Timestamp;
  /** The local day this version stopped applying (renegotiated or ended). */
  closed_on: string | null;
}
export interface CommitmentMarkTable {
  series_id: string;
  commitment_id: string;
  author_id: string;
  couple_id: string | null;
  /** The commitment's visibility, so the one scoping helper applies to marks as well. */
  visibility: "private" | "couple";
  occurs_on: string;
  outcome: "kept" | "missed";
  note: string | null;
  marked_at: Timestamp;
  acknowledged_at: NullableTimestamp;
}
export interface TrustActionLogTable {
  user_id: string;
  day: string;
  action_id: string;
  outcome: "skipped" | "done";
  created_at: Timestamp;
}
export interface ThoughtRecordTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  visibility: "private" | "couple";
  situation: string;
  thought: string;
  intensity_before: number;
  /** JSON array of coach kinds. */
  traps: string;
  evidence_for: string;
  evidence_against: string;
  alternative: string;
  intensity_after: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface RepairTable {
  id: string;
  couple_id: string;
  started_by: string;
  title: string;
  kind: "rupture" | "betrayal";
  revealed_at: NullableTimestamp;
  ritual: string | null;
  ritual_custom: string | null;
  ritual_chosen_by: string | null;
  ritual_done_at: NullableTimestamp;
  created_at: Timestamp;
}
export interface RepairRoleTable {
  repair_id: string;
  user_id: string;
  role: "hurt" | "broke-trust";
}
export interface RepairReflectionTable {
  repair_id: string;
  author_id: string;
  couple_id: string;
  /** Always "couple", sealed until the repair's revealed_at. */
  visibility: "couple";
  happened: string;
  felt: string;
  my_part: string;
  would_help: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface RepairAmendTable {
  id: string;
  repair_id: string;
  couple_id: string;
  author_id: string;
  visibility: "couple";
  body: string;
  created_at: Timestamp;
}
export interface RepairForgivenessTable {
  repair_id: string;
  author_id: string;
  couple_id: string;
  visibility: "private" | "couple";
  answer: "yes" | "partly" | "not-yet";
  note: string;
  updated_at: Timestamp;
}
export interface BoundaryTable {
  id: string;
  series_id: string;
  version: number;
  couple_id: string;
  /** Who proposed this version. */
  author_id: string;
  visibility: "couple";
  kind: "need" | "limit";
  body: string;
  status: "proposed" | "talk" | "agreed" | "countered" | "superseded";
  note: string | null;
  review_on: string;
  created_at: Timestamp;
  responded_at: NullableTimestamp;
}
export interface CheckinAgendaTable {
  id: string;
  couple_id: string;
  author_id: string;
  visibility: "couple";
  boundary_id: string | null;
  body: string;
  /** The check-in it was discussed in; null until a check-in is revealed after it was raised. */
  checkin_id: string | null;
  created_at: Timestamp;
}
export interface GoalTable {
  id: string;
  author_id: string;
  couple_id: string | null;
  visibility: "private" | "couple";
  title: string;
  status: "active" | "reached" | "set-aside";
  /** 1 or 2 while active, else null; unique per author (the two-goal limit). */
  active_slot: number | null;
  created_at: Timestamp;
  reached_at: NullableTimestamp;
}
export interface GoalMilestoneTable {
  id: string;
  goal_id: string;
  title: string;
  done_at: NullableTimestamp;
  created_at: Timestamp;
}
export interface UserDistractionsTable {
  user_id: string;
  /** JSON array of strings. */
  items: string;
  updated_at: Timestamp;
}

export interface CounsellorInviteTable {
  code_hash: string;
  couple_id: string;
  created_by: string;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
  created_at: Timestamp;
}
export interface CounsellorLinkTable {
  couple_id: string;
  counsellor_id: string;
  joined_at: Timestamp;
}
export interface CounsellorConsentTable {
  couple_id: string;
  user_id: string;
  category: string;
  created_at: Timestamp;
}
export interface AccessLogTable {
  id: string;
  couple_id: string;
  counsellor_id: string;
  /** Kept as written, so the log stays readable if the counsellor's account goes. */
  counsellor_name: string;
  category: string;
  at: Timestamp;
}
export interface ExerciseTable {
  id: string;
  couple_id: string;
  counsellor_id: string;
  kind: "prompt" | "instrument" | "commitment-idea" | "ritual";
  ref: string;
  note: string;
  assigned_at: Timestamp;
  done_at: NullableTimestamp;
  done_by: string | null;
}
export interface ReportTable {
  id: string;
  couple_id: string;
  created_by: string;
  period_from: string;
  period_to: string;
  /** JSON array of categories both shared when it was made. */
  categories: string;
  /** JSON of what the report shows, frozen when made: what both approve is what is opened. */
  snapshot: string;
  created_at: Timestamp;
}
export interface ReportApprovalTable {
  report_id: string;
  user_id: string;
  approved_at: Timestamp;
}
export interface SafetyCheckTable {
  id: string;
  author_id: string;
  answers: string;
  note: string;
  level: string;
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
  commitment: CommitmentTable;
  commitment_mark: CommitmentMarkTable;
  trust_action_log: TrustActionLogTable;
  thought_record: ThoughtRecordTable;
  repair: RepairTable;
  repair_role: RepairRoleTable;
  repair_reflection: RepairReflectionTable;
  repair_amend: RepairAmendTable;
  repair_forgiveness: RepairForgivenessTable;
  boundary: BoundaryTable;
  checkin_agenda: CheckinAgendaTable;
  goal: GoalTable;
  goal_milestone: GoalMilestoneTable;
  user_distractions: UserDistractionsTable;
  counsellor_invite: CounsellorInviteTable;
  counsellor_link: CounsellorLinkTable;
  counsellor_consent: CounsellorConsentTable;
  access_log: AccessLogTable;
  exercise: ExerciseTable;
  report: ReportTable;
  report_approval: ReportApprovalTable;
  safety_check: SafetyCheckTable;
}
