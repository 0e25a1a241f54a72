import { DEFAULT_PREFERENCES, type Preferences } from "@mend/core";
import { dbTime, fromDbBool, toDbBool } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";

export class PreferencesRepo {
  constructor(private readonly db: Db) {}

  async get(userId: string): Promise<Preferences> {
    const row = await this.db
      .selectFrom("user_preferences")
      .select("coach_enabled")
      .where("user_id", "=", userId)
      .executeTakeFirst();
    return row ? { coachEnabled: fromDbBool(row.coach_enabled) } : { ...DEFAULT_PREFERENCES };
  }

  async update(userId: string, changes: Partial<Preferences>, now: Date): Promise<Preferences> {
    const next = { ...(await this.get(userId)), ...changes };
    const values = { coach_enabled: toDbBool(next.coachEnabled), updated_at: dbTime(now) };
    await this.db
      .insertInto("user_preferences")
      .values({ user_id: userId, ...values })
      .onConflict((oc) => oc.column("user_id").doUpdateSet(values))
      .execute();
    return next;
  }
}
