import type { Viewer } from "@mend/core";
import type { Clock } from "../clock.ts";
import { DAY, MINUTE } from "../clock.ts";
import { dbTime, fromDbBool, toIso } from "../db/convert.ts";
import type { Db } from "../db/database.ts";
import { hashSecret, newId, newSecret } from "./tokens.ts";

/**
 * Session lifetimes (docs/privacy-model.md): a session ends after 7 days without use (idle) and
 * 30 days after sign-in whatever happens (absolute). A shared device left signed in thus locks
 * itself within a week; the person can also end any session at once from the sessions screen.
 */
export const SESSION_IDLE_MS = 7 * DAY;
export const SESSION_ABSOLUTE_MS = 30 * DAY;
/** last_seen_at is written at most once a minute, so reads stay reads. */
const TOUCH_EVERY_MS = MINUTE;

export interface ResolvedSession {
  sessionId: string;
  viewer: Viewer;
}

export interface SessionRow {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
}

export class SessionStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Starts a session and returns the secret for the cookie; only its hash is stored. */
  async create(
    userId: string,
    device: string,
  ): Promise<{ token: string; sessionId: string; expiresAt: Date }> {
    const token = newSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
    const sessionId = newId();
    await this.db
      .insertInto("session")
      .values({
        id: sessionId,
        token_hash: hashSecret(token),
        user_id: userId,
        device,
        created_at: dbTime(now),
        last_seen_at: dbTime(now),
        expires_at: dbTime(expiresAt),
      })
      .execute();
    return { token, sessionId, expiresAt };
  }

  /** The viewer behind a cookie, or null when it is unknown, idle too long or past its lifetime. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    const row = await this.db
      .selectFrom("session")
      .innerJoin("app_user", "app_user.id", "session.user_id")
      .select([
        "session.id as sessionId",
        "session.last_seen_at as lastSeenAt",
        "session.expires_at as expiresAt",
        "app_user.id as userId",
        "app_user.role as role",
        "app_user.couple_id as coupleId",
        (eb) =>
          eb
            .exists(
              eb
                .selectFrom("app_user as member")
                .select("member.id")
                .whereRef("member.couple_id", "=", "app_user.couple_id")
                .where("member.safety_mode_at", "is not", null),
            )
            .as("couplePaused"),
      ])
      .where("session.token_hash", "=", hashSecret(token))
      .executeTakeFirst();
    if (!row) return null;
    const now = this.clock.now().getTime();
    const lastSeen = new Date(toIso(row.lastSeenAt)).getTime();
    if (now >= new Date(toIso(row.expiresAt)).getTime() || now - lastSeen >= SESSION_IDLE_MS) {
      await this.db.deleteFrom("session").where("id", "=", row.sessionId).execute();
      return null;
    }
    if (now - lastSeen >= TOUCH_EVERY_MS) {
      await this.db
        .updateTable("session")
        .set({ last_seen_at: dbTime(new Date(now)) })
        .where("id", "=", row.sessionId)
        .execute();
    }
    return {
      sessionId: row.sessionId,
      viewer: {
        userId: row.userId,
        role: row.role,
        coupleId: row.coupleId,
        couplePaused: row.coupleId !== null && fromDbBool(row.couplePaused),
      },
    };
  }

  async list(userId: string): Promise<SessionRow[]> {
    const cutoff = dbTime(new Date(this.clock.now().getTime() - SESSION_IDLE_MS));
    const rows = await this.db
      .selectFrom("session")
      .select(["id", "device", "created_at", "last_seen_at"])
      .where("user_id", "=", userId)
      .where("last_seen_at", ">", cutoff)
      .where("expires_at", ">", dbTime(this.clock.now()))
      .orderBy("last_seen_at", "desc")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      device: r.device,
      createdAt: toIso(r.created_at),
      lastSeenAt: toIso(r.last_seen_at),
    }));
  }

  /** Ends one of the user's own sessions; false when there is no such session of theirs. */
  async end(userId: string, sessionId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom("session")
      .where("id", "=", sessionId)
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async endByToken(token: string): Promise<void> {
    await this.db.deleteFrom("session").where("token_hash", "=", hashSecret(token)).execute();
  }
}
