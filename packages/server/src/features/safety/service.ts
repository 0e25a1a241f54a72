import {
  assessSafetyCheck,
  offersSafetyMode,
  type ReadScope,
  type ResourceFile,
  readScope,
  resourcesFor,
  type SafetyAnswers,
  type SafetyItemId,
  type SafetyLevel,
  type Viewer,
  whenToGetHelp,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { revealedRatings } from "../checkins/repo.ts";

/**
 * The private safety check and safety mode (PRODUCT.md section 10). Nothing here publishes an
 * event, sends mail, or is read by any other feature: the check is its author's alone, and safety
 * mode shows the partner only that shared features are paused.
 */
export class SafetyService {
  constructor(
    private readonly db: Db,
    private readonly resources: ResourceFile | null,
    private readonly clock: Clock,
  ) {}

  async check(viewer: Viewer, answers: SafetyAnswers, note: string | undefined) {
    const { level, reasons } = assessSafetyCheck(answers);
    const id = newId();
    const createdAt = dbTime(this.clock.now());
    await this.db
      .insertInto("safety_check")
      .values({
        id,
        author_id: viewer.userId,
        answers: JSON.stringify(answers),
        note: note ?? "",
        level,
        created_at: createdAt,
      })
      .execute();
    return { id, level, reasons, offersSafetyMode: offersSafetyMode(level), createdAt };
  }

  async checks(viewer: Viewer) {
    const rows = await this.db
      .selectFrom("safety_check")
      .select(["id", "answers", "level", "created_at"])
      .where("author_id", "=", viewer.userId)
      .orderBy("created_at", "desc")
      .orderBy("id")
      .limit(100)
      .execute();
    return rows.map((r) => {
      const { reasons } = assessSafetyCheck(JSON.parse(r.answers) as SafetyAnswers);
      const level = r.level as SafetyLevel;
      return {
        id: r.id,
        level,
        reasons: reasons as SafetyItemId[],
        offersSafetyMode: offersSafetyMode(level),
        createdAt: toIso(r.created_at),
      };
    });
  }

  async mode(viewer: Viewer) {
    const me = await this.db
      .selectFrom("app_user")
      .select("safety_mode_at")
      .where("id", "=", viewer.userId)
      .executeTakeFirst();
    const safetyMode = (me?.safety_mode_at ?? null) !== null;
    return { safetyMode, couplePaused: safetyMode || viewer.couplePaused === true };
  }

  async setMode(viewer: Viewer, on: boolean) {
    await this.db
      .updateTable("app_user")
      .set({ safety_mode_at: on ? dbTime(this.clock.now()) : null })
      .where("id", "=", viewer.userId)
      .execute();
    const paused = on
      ? true
      : viewer.coupleId !== null &&
        (await this.db
          .selectFrom("app_user")
          .select("id")
          .where("couple_id", "=", viewer.coupleId)
          .where("safety_mode_at", "is not", null)
          .executeTakeFirst()) !== undefined;
    return { safetyMode: on, couplePaused: paused };
  }

  resourcesFor(locale: string) {
    const { resources, isDefault } = resourcesFor(locale, this.resources);
    return { resources, isDefault };
  }

  /** When to suggest a professional, from the couple's situation and my own latest check. */
  async suggestions(viewer: Viewer) {
    const now = this.clock.now();
    const scope: ReadScope = readScope(viewer, now);
    const [repairs, ratings, latest] = await Promise.all([
      viewer.coupleId
        ? this.db
            .selectFrom("repair")
            .select(["kind", "created_at"])
            .where("couple_id", "=", viewer.coupleId)
            .execute()
        : [],
      revealedRatings(this.db, scope),
      this.db
        .selectFrom("safety_check")
        .select("level")
        .where("author_id", "=", viewer.userId)
        .orderBy("created_at", "desc")
        .limit(1)
        .executeTakeFirst(),
    ]);
    const betrayals = repairs.filter((r) => r.kind === "betrayal").map((r) => new Date(toIso(r.created_at)));
    const earliestBetrayal = betrayals.sort((a, b) => a.getTime() - b.getTime())[0];
    return whenToGetHelp({
      now,
      ...(earliestBetrayal && { betrayalPathStarted: earliestBetrayal }),
      ruptures: repairs.filter((r) => r.kind === "rupture").map((r) => new Date(toIso(r.created_at))),
      checkinRatings: ratings.map((r) => ({ at: new Date(r.revealedAt), safety: r.safety, trust: r.trust })),
      ...(latest && { safetyLevel: latest.level as SafetyLevel }),
    });
  }
}
