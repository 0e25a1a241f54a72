import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";

export interface CoupleRecord {
  id: string;
  createdAt: string;
  partner: { id: string; displayName: string } | null;
}

export class CoupleRepo {
  constructor(private readonly db: Db) {}

  /** The couple as seen by one member: the couple and the other member, if any. */
  async findForMember(coupleId: string, memberId: string): Promise<CoupleRecord | undefined> {
    const couple = await this.db
      .selectFrom("couple")
      .select(["id", "created_at"])
      .where("id", "=", coupleId)
      .where("ended_at", "is", null)
      .executeTakeFirst();
    if (!couple) return undefined;
    const partner = await this.db
      .selectFrom("app_user")
      .select(["id", "display_name"])
      .where("couple_id", "=", coupleId)
      .where("id", "!=", memberId)
      .executeTakeFirst();
    return {
      id: couple.id,
      createdAt: toIso(couple.created_at),
      partner: partner ? { id: partner.id, displayName: partner.display_name } : null,
    };
  }

  async insertInvite(codeHash: string, inviterId: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto("couple_invite")
      .values({
        code_hash: codeHash,
        inviter_id: inviterId,
        created_at: dbTime(now),
        expires_at: dbTime(expiresAt),
        used_at: null,
        used_by: null,
      })
      .execute();
  }

  /**
   * Claims an unused, unexpired invite in one statement, so two people racing for one code cannot
   * both win. Returns the inviter's id, or undefined when the code cannot be used.
   */
  async claimInvite(tx: Db, codeHash: string, joinerId: string, now: Date): Promise<string | undefined> {
    const invite = await tx
      .selectFrom("couple_invite")
      .select("inviter_id")
      .where("code_hash", "=", codeHash)
      .executeTakeFirst();
    if (!invite) return undefined;
    const claimed = await tx
      .updateTable("couple_invite")
      .set({ used_at: dbTime(now), used_by: joinerId })
      .where("code_hash", "=", codeHash)
      .where("used_at", "is", null)
      .where("expires_at", ">", dbTime(now))
      .executeTakeFirst();
    return Number(claimed.numUpdatedRows) === 1 ? invite.inviter_id : undefined;
  }

  /** Links two solo users; false when either is no longer solo (checked in the same statement). */
  async link(tx: Db, coupleId: string, userIds: [string, string], now: Date): Promise<boolean> {
    await tx
      .insertInto("couple")
      .values({ id: coupleId, created_at: dbTime(now), ended_at: null })
      .execute();
    const updated = await tx
      .updateTable("app_user")
      .set({ couple_id: coupleId })
      .where("id", "in", userIds)
      .where("couple_id", "is", null)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 2;
  }

  /** Ends the couple for both members at once. */
  async end(tx: Db, coupleId: string, now: Date): Promise<void> {
    await tx
      .updateTable("couple")
      .set({ ended_at: dbTime(now) })
      .where("id", "=", coupleId)
      .execute();
    await tx.updateTable("app_user").set({ couple_id: null }).where("couple_id", "=", coupleId).execute();
  }
}
