import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  role: "partner" | "counsellor";
  coupleId: string | null;
  createdAt: string;
}

const USER_COLUMNS = ["id", "email", "display_name", "role", "couple_id", "created_at"] as const;

type UserRow = {
  id: string;
  email: string;
  display_name: string;
  role: "partner" | "counsellor";
  couple_id: string | null;
  created_at: string | Date;
};

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    coupleId: row.couple_id,
    createdAt: toIso(row.created_at),
  };
}

export class UserRepo {
  constructor(private readonly db: Db) {}

  async findById(id: string): Promise<UserRecord | undefined> {
    const row = await this.db
      .selectFrom("app_user")
      .select(USER_COLUMNS)
      .where("id", "=", id)
      .executeTakeFirst();
    return row && toRecord(row);
  }

  /** Whether someone in this person's couple has safety mode on (shared features paused). */
  async couplePaused(id: string): Promise<boolean> {
    const row = await this.db
      .selectFrom("app_user as me")
      .innerJoin("app_user as member", "member.couple_id", "me.couple_id")
      .select("member.id")
      .where("me.id", "=", id)
      .where("member.safety_mode_at", "is not", null)
      .executeTakeFirst();
    return row !== undefined;
  }

  async findCredentials(email: string): Promise<{ user: UserRecord; passwordHash: string } | undefined> {
    const row = await this.db
      .selectFrom("app_user")
      .select([...USER_COLUMNS, "password_hash"])
      .where("email", "=", email)
      .executeTakeFirst();
    return row && { user: toRecord(row), passwordHash: row.password_hash };
  }

  /** Inserts a user; false when the e-mail is taken (the unique index decides, so races are safe). */
  async insert(user: Omit<UserRecord, "coupleId" | "createdAt"> & { passwordHash: string; createdAt: Date }) {
    const result = await this.db
      .insertInto("app_user")
      .values({
        id: user.id,
        email: user.email,
        password_hash: user.passwordHash,
        display_name: user.displayName,
        role: user.role,
        couple_id: null,
        safety_mode_at: null,
        created_at: dbTime(user.createdAt),
      })
      .onConflict((oc) => oc.column("email").doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }
}
