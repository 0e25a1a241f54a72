import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";

/** Which lessons a person has read. Personal progress only: never shown to anyone else. */
export class LessonRepo {
  constructor(private readonly db: Db) {}

  async readAt(userId: string): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom("lesson_read")
      .select(["lesson_id", "read_at"])
      .where("user_id", "=", userId)
      .execute();
    return new Map(rows.map((r) => [r.lesson_id, toIso(r.read_at)]));
  }

  async markRead(userId: string, lessonId: string, now: Date): Promise<void> {
    await this.db
      .insertInto("lesson_read")
      .values({ user_id: userId, lesson_id: lessonId, read_at: dbTime(now) })
      .onConflict((oc) => oc.columns(["user_id", "lesson_id"]).doNothing())
      .execute();
  }

  async markUnread(userId: string, lessonId: string): Promise<void> {
    await this.db
      .deleteFrom("lesson_read")
      .where("user_id", "=", userId)
      .where("lesson_id", "=", lessonId)
      .execute();
  }
}
