import { newId } from "../auth/tokens.ts";
import type { Clock } from "../clock.ts";
import { MINUTE } from "../clock.ts";
import { dbTime } from "../db/convert.ts";
import type { DatabaseKind, Db } from "../db/database.ts";

/** A job's payload: ids and small values only, never what anyone wrote. */
export type JobPayload = Record<string, string | number | boolean | null>;
export type JobHandler = (payload: JobPayload, context: { jobId: string; now: Date }) => Promise<void>;

/** How long a claimed job is reserved for its runner before another may try it again. */
const LEASE_MS = 5 * MINUTE;
const MAX_ATTEMPTS = 8;

/**
 * Scheduled work that survives restarts: letter delivery, reminders, missed check-ins, e-mail.
 * With several instances on PostgreSQL, due jobs are claimed with FOR UPDATE SKIP LOCKED, so each
 * runs once. Time comes from the clock, so tests move it instead of sleeping.
 */
export class JobQueue {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly db: Db,
    private readonly kind: DatabaseKind,
    private readonly clock: Clock,
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Schedules a job (in the caller's transaction when given). A `dedupeKey` makes scheduling
   * idempotent: a second job with the same key is not added.
   */
  async enqueue(
    kind: string,
    payload: JobPayload,
    runAt: Date,
    options: { dedupeKey?: string; tx?: Db } = {},
  ): Promise<void> {
    await (options.tx ?? this.db)
      .insertInto("job")
      .values({
        id: newId(),
        kind,
        payload: JSON.stringify(payload),
        run_at: dbTime(runAt),
        locked_until: null,
        done_at: null,
        last_error: null,
        dedupe_key: options.dedupeKey ?? null,
        created_at: dbTime(this.clock.now()),
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .execute();
  }

  /** Claims up to `limit` due jobs for this runner. */
  private async claim(
    limit: number,
  ): Promise<{ id: string; kind: string; payload: string; attempts: number }[]> {
    const now = this.clock.now();
    const at = dbTime(now);
    let due = this.db
      .selectFrom("job")
      .select("id")
      .where("done_at", "is", null)
      .where("run_at", "<=", at)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", at)]))
      .orderBy("run_at")
      .limit(limit);
    // SQLite has one writer and runs this statement atomically; PostgreSQL needs row locks.
    if (this.kind === "postgres") due = due.forUpdate().skipLocked();
    return this.db
      .updateTable("job")
      .set((eb) => ({
        locked_until: dbTime(new Date(now.getTime() + LEASE_MS)),
        attempts: eb("attempts", "+", 1),
      }))
      .where("id", "in", due)
      .returning(["id", "kind", "payload", "attempts"])
      .execute();
  }

  /** Runs every job that is due now; returns how many ran. The server calls this on a timer. */
  async runDue(limit = 20): Promise<number> {
    let ran = 0;
    for (;;) {
      const jobs = await this.claim(limit);
      if (jobs.length === 0) return ran;
      for (const job of jobs) {
        ran += 1;
        const now = this.clock.now();
        const handler = this.handlers.get(job.kind);
        try {
          if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
          await handler(JSON.parse(job.payload) as JobPayload, { jobId: job.id, now });
          await this.db
            .updateTable("job")
            .set({ done_at: dbTime(this.clock.now()), last_error: null })
            .where("id", "=", job.id)
            .execute();
        } catch (error) {
          // Only the error's name and message: handlers never put content in errors.
          const message = error instanceof Error ? `${error.name}: ${error.message}` : "failed";
          const giveUp = Number(job.attempts) >= MAX_ATTEMPTS;
          const retryAt = new Date(now.getTime() + MINUTE * 2 ** Math.min(Number(job.attempts), 8));
          await this.db
            .updateTable("job")
            .set({
              last_error: message.slice(0, 500),
              locked_until: null,
              run_at: dbTime(retryAt),
              ...(giveUp && { done_at: dbTime(now) }),
            })
            .where("id", "=", job.id)
            .execute();
        }
      }
    }
  }
}

/** Runs due jobs every `everyMs` until stopped. Not used by tests, which call runDue themselves. */
export function startJobTimer(
  queue: JobQueue,
  everyMs: number,
  onError: (error: unknown) => void,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await queue.runDue();
    } catch (error) {
      onError(error);
    } finally {
      running = false;
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
