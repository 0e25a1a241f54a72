import {
  COUNSELLOR_CATEGORIES,
  type CounsellorCategory,
  counsellorScope,
  type ReadScope,
  type Viewer,
} from "@mend/core";
import { hashSecret, newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import { newInviteCode, normalizeInviteCode } from "../couples/invite-code.ts";
import { coupleMembers } from "../couples/members.ts";
import { INVITE_LIFETIME_MS } from "../couples/service.ts";
import { requireCouple, requireLinked } from "../visibility-choice.ts";

type Person = { id: string; displayName: string };

/**
 * Counsellors join a couple by an invite one partner makes, and read a category of the couple's
 * shared entries only while both partners consent to it. Every read is logged where both see it.
 */
export class CounsellorService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  // ── partners ──────────────────────────────────────────────────────────────

  async invite(viewer: Viewer): Promise<{ code: string; expiresAt: string }> {
    const coupleId = requireCouple(viewer);
    const code = newInviteCode();
    const canonical = normalizeInviteCode(code);
    if (canonical === null) throw new Error("generated an invalid invite code");
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
    await this.db
      .insertInto("counsellor_invite")
      .values({
        code_hash: hashSecret(`counsellor:${canonical}`),
        couple_id: coupleId,
        created_by: viewer.userId,
        expires_at: dbTime(expiresAt),
        used_at: null,
        created_at: dbTime(now),
      })
      .execute();
    return { code, expiresAt: expiresAt.toISOString() };
  }

  async consent(viewer: Viewer) {
    const coupleId = requireLinked(viewer);
    const [rows, counsellors] = await Promise.all([
      this.db
        .selectFrom("counsellor_consent")
        .select(["user_id", "category"])
        .where("couple_id", "=", coupleId)
        .execute(),
      this.db
        .selectFrom("counsellor_link as l")
        .innerJoin("app_user as u", "u.id", "l.counsellor_id")
        .select(["u.id", "u.display_name", "l.joined_at"])
        .where("l.couple_id", "=", coupleId)
        .orderBy("l.joined_at")
        .execute(),
    ]);
    const mine = ordered(rows.filter((r) => r.user_id === viewer.userId).map((r) => r.category));
    const partner = ordered(rows.filter((r) => r.user_id !== viewer.userId).map((r) => r.category));
    return {
      mine,
      partner,
      effective: mine.filter((c) => partner.includes(c)),
      counsellors: counsellors.map((c) => ({
        id: c.id,
        displayName: c.display_name,
        joinedAt: toIso(c.joined_at),
      })),
    };
  }

  /** Each partner states all they agree to share; what they leave out is withdrawn at once. */
  async setConsent(viewer: Viewer, categories: readonly CounsellorCategory[]) {
    const coupleId = requireLinked(viewer);
    const now = dbTime(this.clock.now());
    await this.db.transaction().execute(async (tx) => {
      await tx
        .deleteFrom("counsellor_consent")
        .where("couple_id", "=", coupleId)
        .where("user_id", "=", viewer.userId)
        .execute();
      const unique = [...new Set(categories)];
      if (unique.length > 0) {
        await tx
          .insertInto("counsellor_consent")
          .values(
            unique.map((category) => ({
              couple_id: coupleId,
              user_id: viewer.userId,
              category,
              created_at: now,
            })),
          )
          .execute();
      }
      await this.events.publishToCouple(
        coupleId,
        { type: "counsellor.consent-changed" },
        { except: viewer.userId, tx },
      );
      await this.notifyCounsellors(coupleId, "counsellor.consent-changed", undefined, tx);
    });
    return this.consent(viewer);
  }

  async accessLog(viewer: Viewer) {
    const coupleId = requireLinked(viewer);
    const rows = await this.db
      .selectFrom("access_log")
      .selectAll()
      .where("couple_id", "=", coupleId)
      .orderBy("at", "desc")
      .orderBy("id", "desc")
      .limit(500)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      counsellor: { id: r.counsellor_id, displayName: r.counsellor_name },
      category: r.category as CounsellorCategory | "report",
      at: toIso(r.at),
    }));
  }

  // ── counsellors ───────────────────────────────────────────────────────────

  async join(viewer: Viewer, typedCode: string) {
    const code = normalizeInviteCode(typedCode);
    if (code === null) throw badField("code", "must be 8 letters and digits, like ABCD-EFGH");
    const now = this.clock.now();
    const coupleId = await this.db.transaction().execute(async (tx) => {
      const claimed = await tx
        .updateTable("counsellor_invite")
        .set({ used_at: dbTime(now) })
        .where("code_hash", "=", hashSecret(`counsellor:${code}`))
        .where("used_at", "is", null)
        .where("expires_at", ">", dbTime(now))
        .returning("couple_id")
        .executeTakeFirst();
      const couple = claimed
        ? await tx
            .selectFrom("couple")
            .select("id")
            .where("id", "=", claimed.couple_id)
            .where("ended_at", "is", null)
            .executeTakeFirst()
        : undefined;
      if (!couple) {
        throw new HttpError(
          404,
          "invite_not_found",
          "This code does not work. It may be mistyped, used or expired.",
        );
      }
      await tx
        .insertInto("counsellor_link")
        .values({ couple_id: couple.id, counsellor_id: viewer.userId, joined_at: dbTime(now) })
        .onConflict((oc) => oc.columns(["couple_id", "counsellor_id"]).doNothing())
        .execute();
      await this.events.publishToCouple(couple.id, { type: "counsellor.joined" }, { tx });
      return couple.id;
    });
    return this.linkedCouple(viewer, coupleId);
  }

  /** The counsellor's dashboard: their couples and what each currently shares. */
  async couples(viewer: Viewer, only?: string) {
    const links = await this.db
      .selectFrom("counsellor_link as l")
      .innerJoin("couple as c", "c.id", "l.couple_id")
      .select(["l.couple_id", "l.joined_at"])
      .where("l.counsellor_id", "=", viewer.userId)
      .where("c.ended_at", "is", null)
      .$if(only !== undefined, (q) => q.where("l.couple_id", "=", only ?? ""))
      .orderBy("l.joined_at", "desc")
      .execute();
    const ids = links.map((l) => l.couple_id);
    if (ids.length === 0) return [];
    const [members, consents] = await Promise.all([
      this.db
        .selectFrom("app_user")
        .select(["id", "display_name", "couple_id"])
        .where("couple_id", "in", ids)
        .execute(),
      this.db
        .selectFrom("counsellor_consent")
        .select(["couple_id", "user_id", "category"])
        .where("couple_id", "in", ids)
        .execute(),
    ]);
    return links.map((link) => {
      const partners: Person[] = members
        .filter((m) => m.couple_id === link.couple_id)
        .map((m) => ({ id: m.id, displayName: m.display_name }));
      return {
        id: link.couple_id,
        partners,
        categories: effectiveConsent(
          consents.filter((c) => c.couple_id === link.couple_id),
          partners.map((p) => p.id),
        ),
        joinedAt: toIso(link.joined_at),
      };
    });
  }

  /** One of the counsellor's couples, or a 404 (`what` names it) for any other. */
  async linkedCouple(viewer: Viewer, coupleId: string, what = "couple") {
    const [couple] = await this.couples(viewer, coupleId);
    if (!couple) throw notFound(what);
    return couple;
  }

  /**
   * The scope for reading one category of one couple, after checking the link (else 404) and both
   * partners' consent (else 403 naming the category), and after writing the access-log line.
   */
  async scopeFor(viewer: Viewer, coupleId: string, category: CounsellorCategory): Promise<ReadScope> {
    const couple = await this.linkedCouple(viewer, coupleId);
    const scope = counsellorScope(viewer, coupleId, couple.categories, category, this.clock.now());
    if (scope === null) throw consentMissing([category]);
    await this.log(viewer, coupleId, category);
    return scope;
  }

  async log(viewer: Viewer, coupleId: string, category: string): Promise<void> {
    const me = await this.db
      .selectFrom("app_user")
      .select("display_name")
      .where("id", "=", viewer.userId)
      .executeTakeFirstOrThrow();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("access_log")
        .values({
          id: newId(),
          couple_id: coupleId,
          counsellor_id: viewer.userId,
          counsellor_name: me.display_name,
          category,
          at: dbTime(this.clock.now()),
        })
        .execute();
      await this.events.publishToCouple(coupleId, { type: "counsellor.viewed" }, { tx });
    });
  }

  /** Tells the couple's counsellors that something changed (a type and an id, never content). */
  async notifyCounsellors(
    coupleId: string,
    type: string,
    subjectId?: string,
    tx: Db = this.db,
  ): Promise<void> {
    const links = await tx
      .selectFrom("counsellor_link")
      .select("counsellor_id")
      .where("couple_id", "=", coupleId)
      .execute();
    await this.events.publish(
      links.map((l) => ({ recipientId: l.counsellor_id, coupleId, type, ...(subjectId && { subjectId }) })),
      tx,
    );
  }

  /** Categories both current partners consent to, for any couple (used by reports too). */
  async effective(coupleId: string): Promise<CounsellorCategory[]> {
    const [members, consents] = await Promise.all([
      coupleMembers(this.db, coupleId),
      this.db
        .selectFrom("counsellor_consent")
        .select(["user_id", "category"])
        .where("couple_id", "=", coupleId)
        .execute(),
    ]);
    return effectiveConsent(consents, members);
  }
}

/** The 403 that names what both partners have not agreed to share. */
export function consentMissing(missing: readonly CounsellorCategory[], action = "see it"): HttpError {
  return new HttpError(
    403,
    "consent_missing",
    `Both partners need to agree to share ${missing.join(", ")} before you can ${action}.`,
    missing.map((c) => ({ field: "category", problem: `${c} is not shared by both partners` })),
  );
}

function ordered(categories: readonly string[]): CounsellorCategory[] {
  return COUNSELLOR_CATEGORIES.filter((c) => categories.includes(c));
}

/** Both partners (and at least two) must have consented to a category for it to count. */
function effectiveConsent(
  rows: readonly { user_id: string; category: string }[],
  partners: readonly string[],
) {
  if (partners.length < 2) return [];
  return COUNSELLOR_CATEGORIES.filter((category) =>
    partners.every((p) => rows.some((r) => r.user_id === p && r.category === category)),
  );
}
