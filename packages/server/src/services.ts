import { SessionStore } from "./auth/sessions.ts";
import { LoginThrottle } from "./auth/throttle.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { DatabaseHandle, Db } from "./db/database.ts";
import { UserRepo } from "./features/accounts/repo.ts";
import { AccountService } from "./features/accounts/service.ts";
import { AppreciationService } from "./features/appreciations/service.ts";
import { InstrumentRegistry } from "./features/assessments/instrument-registry.ts";
import { AssessmentRepo } from "./features/assessments/repo.ts";
import { AssessmentService } from "./features/assessments/service.ts";
import { BoundaryService } from "./features/boundaries/service.ts";
import { CheckinRepo } from "./features/checkins/repo.ts";
import { CheckinService } from "./features/checkins/service.ts";
import { CommitmentService } from "./features/commitments/service.ts";
import { CounsellorService } from "./features/counsellors/service.ts";
import { CoupleRepo } from "./features/couples/repo.ts";
import { CoupleService } from "./features/couples/service.ts";
import { ExerciseService } from "./features/exercises/service.ts";
import { GoalService } from "./features/goals/service.ts";
import { JournalRepo } from "./features/journal/repo.ts";
import { JournalService } from "./features/journal/service.ts";
import { LessonRepo } from "./features/lessons/repo.ts";
import { LetterService } from "./features/letters/service.ts";
import { PreferencesRepo } from "./features/preferences/repo.ts";
import { RepairService } from "./features/repairs/service.ts";
import { ReportService } from "./features/reports/service.ts";
import { loadResourceFile } from "./features/safety/resource-file.ts";
import { SafetyService } from "./features/safety/service.ts";
import { ThoughtRecordService } from "./features/thought-records/service.ts";
import { TimelineService } from "./features/timeline/service.ts";
import { TrustActionService } from "./features/trust-actions/service.ts";
import { RateLimiter } from "./http/rate-limiter.ts";
import { JobQueue } from "./jobs/job-queue.ts";
import { type Mailer, OutboxMailer, SmtpMailer } from "./mail/mailer.ts";
import { registerMailJobs } from "./mail/notifications.ts";
import { EventStore } from "./realtime/events.ts";
import type { Notifier } from "./realtime/notifier.ts";

/** Everything the routes use, wired once per app instance. Nothing here holds per-user state. */
export interface Services {
  config: Config;
  db: Db;
  clock: Clock;
  sessions: SessionStore;
  users: UserRepo;
  accounts: AccountService;
  couples: CoupleService;
  journal: JournalService;
  assessments: AssessmentService;
  rateLimiter: RateLimiter;
  lessons: LessonRepo;
  preferences: PreferencesRepo;
  events: EventStore;
  jobs: JobQueue;
  mailer: Mailer;
  appreciations: AppreciationService;
  letters: LetterService;
  checkins: CheckinService;
  commitments: CommitmentService;
  safety: SafetyService;
  counsellors: CounsellorService;
  exercises: ExerciseService;
  reports: ReportService;
  goals: GoalService;
  timeline: TimelineService;
  boundaries: BoundaryService;
  repairs: RepairService;
  trustActions: TrustActionService;
  thoughtRecords: ThoughtRecordService;
}

export function createServices(
  config: Config,
  database: DatabaseHandle,
  clock: Clock,
  notifier: Notifier,
): Services {
  const db = database.db;
  const users = new UserRepo(db);
  const jobs = new JobQueue(db, database.kind, clock);
  const mailer: Mailer = config.mail.smtpUrl
    ? new SmtpMailer(config.mail.smtpUrl, config.mail.from)
    : new OutboxMailer(db, clock);
  registerMailJobs(jobs, users, mailer, config.publicUrl);
  const events = new EventStore(db, notifier, clock);
  const counsellors = new CounsellorService(db, events, clock);
  const instruments = InstrumentRegistry.load(config.instrumentDir);
  const sources = {
    commitments: new CommitmentService(db, events, clock),
    goals: new GoalService(db, events, clock),
    boundaries: new BoundaryService(db, events, jobs, clock),
    repairs: new RepairService(db, events, clock),
    checkins: new CheckinService(db, new CheckinRepo(db), events, jobs, clock),
    assessments: new AssessmentService(new AssessmentRepo(db), instruments, clock),
  };
  return {
    config,
    db,
    clock,
    sessions: new SessionStore(db, clock),
    users,
    accounts: new AccountService(users, new LoginThrottle(db, clock), clock),
    couples: new CoupleService(db, new CoupleRepo(db), clock),
    journal: new JournalService(new JournalRepo(db), clock),
    rateLimiter: new RateLimiter(db, clock),
    lessons: new LessonRepo(db),
    preferences: new PreferencesRepo(db),
    events,
    jobs,
    mailer,
    appreciations: new AppreciationService(db, events, clock),
    letters: new LetterService(db, events, jobs, clock),
    ...sources,
    timeline: new TimelineService(db, clock),
    trustActions: new TrustActionService(db, clock),
    thoughtRecords: new ThoughtRecordService(db, clock),
    counsellors,
    safety: new SafetyService(db, loadResourceFile(config.resourcesFile), clock),
    exercises: new ExerciseService(db, counsellors, instruments, events, clock),
    reports: new ReportService(db, counsellors, sources, events, clock),
  };
}
