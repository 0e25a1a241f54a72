import type { Viewer } from "@mend/core";
import { hashSecret, newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { HOUR } from "../../clock.ts";
import type { Db } from "../../db/database.ts";
import { badField, HttpError } from "../../http/errors.ts";
import { newInviteCode, normalizeInviteCode } from "./invite-code.ts";
import type { CoupleRecord, CoupleRepo } from "./repo.ts";

export const INVITE_LIFETIME_MS = 24 * HOUR;

/** Thrown inside a transaction to roll it back and answer the client. */
const inviteUnusable = () =>
  new HttpError(404, "invite_not_found", "This code does not work. It may be mistyped, used or expired.");
const alreadyLinked = () =>
  new HttpError(409, "already_in_couple", "You are already linked with a partner. Leave that link first.");

export class CoupleService {
  constructor(
    private readonly db: Db,
    private readonly couples: CoupleRepo,
    private readonly clock: Clock,
  ) {}

  async current(viewer: Viewer): Promise<CoupleRecord | null> {
    if (viewer.coupleId === null) return null;
    return (await this.couples.findForMember(viewer.coupleId, viewer.userId)) ?? null;
  }

  async invite(viewer: Viewer): Promise<{ code: string; expiresAt: string }> {
    if (viewer.role !== "partner")
      throw new HttpError(403, "forbidden", "Only partners can invite a partner.");
    if (viewer.coupleId !== null) throw alreadyLinked();
    const code = newInviteCode();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
    const canonical = normalizeInviteCode(code);
    if (canonical === null) throw new Error("generated an invalid invite code");
    await this.couples.insertInvite(hashSecret(canonical), viewer.userId, now, expiresAt);
    return { code, expiresAt: expiresAt.toISOString() };
  }

  async join(viewer: Viewer, typedCode: string): Promise<CoupleRecord> {
    if (viewer.role !== "partner") throw new HttpError(403, "forbidden", "Only partners can join a couple.");
    const code = normalizeInviteCode(typedCode);
    if (code === null) throw badField("code", "must be 8 letters and digits, like ABCD-EFGH");
    if (viewer.coupleId !== null) throw alreadyLinked();
    const now = this.clock.now();
    const coupleId = newId();
    await this.db.transaction().execute(async (tx) => {
      const inviterId = await this.couples.claimInvite(tx, hashSecret(code), viewer.userId, now);
      if (inviterId === undefined) throw inviteUnusable();
      if (inviterId === viewer.userId) {
        throw new HttpError(400, "own_invite", "This is your own code. Give it to your partner to enter.");
      }
      // Either person may have linked with someone else since the code was made.
      if (!(await this.couples.link(tx, coupleId, [inviterId, viewer.userId], now))) {
        const joinerCouple = (
          await tx
            .selectFrom("app_user")
            .select("couple_id")
            .where("id", "=", viewer.userId)
            .executeTakeFirst()
        )?.couple_id;
        throw joinerCouple ? alreadyLinked() : inviteUnusable();
      }
    });
    const couple = await this.couples.findForMember(coupleId, viewer.userId);
    if (!couple) throw new Error("couple vanished after join");
    return couple;
  }

  /** Ends the link for both; each keeps what they wrote, and shared entries stop being shared at once. */
  async leave(viewer: Viewer): Promise<void> {
    const coupleId = viewer.coupleId;
    if (coupleId === null) throw new HttpError(409, "not_in_couple", "You are not linked with a partner.");
    await this.db.transaction().execute((tx) => this.couples.end(tx, coupleId, this.clock.now()));
  }
}
