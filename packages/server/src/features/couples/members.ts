import type { Db } from "../../db/database.ts";

/** The ids of a couple's current members (one while the other has not joined, two after). */
export async function coupleMembers(db: Db, coupleId: string): Promise<string[]> {
  const rows = await db.selectFrom("app_user").select("id").where("couple_id", "=", coupleId).execute();
  return rows.map((r) => r.id);
}
