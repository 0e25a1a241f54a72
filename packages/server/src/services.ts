import { SessionStore } from "./auth/sessions.ts";
import { LoginThrottle } from "./auth/throttle.ts";
import type { Clock } from "./clock.ts";
import type { Config } from "./config.ts";
import type { Db } from "./db/database.ts";
import { UserRepo } from "./features/accounts/repo.ts";
import { AccountService } from "./features/accounts/service.ts";
import { InstrumentRegistry } from "./features/assessments/instrument-registry.ts";
import { AssessmentRepo } from "./features/assessments/repo.ts";
import { AssessmentService } from "./features/assessments/service.ts";
import { CoupleRepo } from "./features/couples/repo.ts";
import { CoupleService } from "./features/couples/service.ts";
import { JournalRepo } from "./features/journal/repo.ts";
import { JournalService } from "./features/journal/service.ts";
import { LessonRepo } from "./features/lessons/repo.ts";
import { PreferencesRepo } from "./features/preferences/repo.ts";
import { RateLimiter } from "./http/rate-limiter.ts";

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
}

export function createServices(config: Config, db: Db, clock: Clock): Services {
  const users = new UserRepo(db);
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
    assessments: new AssessmentService(
      new AssessmentRepo(db),
      InstrumentRegistry.load(config.instrumentDir),
      clock,
    ),
  };
}
