import { isJournalPromptId, isTrustAction, REPAIR_RITUALS, type Viewer } from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { badField, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import type { InstrumentRegistry } from "../assessments/instrument-registry.ts";
import type { CounsellorService } from "../counsellors/service.ts";
import { requireCouple } from "../visibility-choice.ts";

type Kind = "prompt" | "instrument" | "commitment-idea" | "ritual";

/** Exercises a counsellor assigns from Mend's own catalogues; they land on the couple's to-do list. */
export class ExerciseService {
  constructor(
    private readonly db: Db,
    private readonly counsellors: CounsellorService,
    private readonly instruments: InstrumentRegistry,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  private inCatalogue(kind: Kind, ref: string): boolean {
    switch (kind) {
      case "prompt":
        return isJournalPromptId(ref);
      case "instrument":
        return this.instruments.get(ref) !== undefined;
      case "commitment-idea":
        return isTrustAction(ref);
      case "ritual":
        return (REPAIR_RITUALS as readonly string[]).includes(ref);
    }
  }

  async assign(
    viewer: Viewer,
    coupleId: string,
    body: { kind: Kind; ref: string; note?: string | undefined },
  ) {
    await this.counsellors.linkedCouple(viewer, coupleId);
    if (!this.inCatalogue(body.kind, body.ref))
      throw badField("ref", `is not in Mend's catalogue of ${body.kind}s`);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("exercise")
        .values({
          id,
          couple_id: coupleId,
          counsellor_id: viewer.userId,
          kind: body.kind,
          ref: body.ref,
          note: body.note ?? "",
          assigned_at: dbTime(this.clock.now()),
          done_at: null,
          done_by: null,
        })
        .execute();
      await this.events.publishToCouple(coupleId, { type: "exercise.assigned", subjectId: id }, { tx });
    });
    return (await this.listFor(coupleId)).find((e) => e.id === id);
  }

  /** What a counsellor assigned to one of their couples (no partner data in it). */
  async assignedBy(viewer: Viewer, coupleId: string) {
    await this.counsellors.linkedCouple(viewer, coupleId);
    return this.listFor(coupleId);
  }

  async list(viewer: Viewer) {
    return this.listFor(requireCouple(viewer));
  }

  async done(viewer: Viewer, id: string) {
    const coupleId = requireCouple(viewer);
    const result = await this.db
      .updateTable("exercise")
      .set({ done_at: dbTime(this.clock.now()), done_by: viewer.userId })
      .where("id", "=", id)
      .where("couple_id", "=", coupleId)
      .where("done_at", "is", null)
      .executeTakeFirst();
    const exercise = (await this.listFor(coupleId)).find((e) => e.id === id);
    if (!exercise) throw notFound("exercise");
    if (Number(result.numUpdatedRows) > 0) {
      await this.events.publishToCouple(
        coupleId,
        { type: "exercise.done", subjectId: id },
        { except: viewer.userId },
      );
      await this.counsellors.notifyCounsellors(coupleId, "exercise.done", id);
    }
    return exercise;
  }

  private async listFor(coupleId: string) {
    const rows = await this.db
      .selectFrom("exercise as e")
      .innerJoin("app_user as c", "c.id", "e.counsellor_id")
      .leftJoin("app_user as d", "d.id", "e.done_by")
      .select([
        "e.id",
        "e.kind",
        "e.ref",
        "e.note",
        "e.assigned_at",
        "e.done_at",
        "e.counsellor_id",
        "c.display_name as counsellor_name",
        "e.done_by",
        "d.display_name as done_by_name",
      ])
      .where("e.couple_id", "=", coupleId)
      .orderBy("e.assigned_at", "desc")
      .orderBy("e.id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      ref: r.ref,
      note: r.note,
      assignedBy: { id: r.counsellor_id, displayName: r.counsellor_name },
      assignedAt: toIso(r.assigned_at),
      doneAt: toIsoOrNull(r.done_at),
      doneBy: r.done_by && r.done_by_name ? { id: r.done_by, displayName: r.done_by_name } : null,
    }));
  }
}
