import {
  type BetrayalRole,
  type CounsellorRepair,
  type CreateRepairBody,
  type ForgivenessBody,
  otherRole,
  type ReadScope,
  type Repair,
  type RepairReflectionBody,
  type RitualBody,
  readScope,
  sealedView,
  type Viewer,
} from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso, toIsoOrNull } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import type { RepairTable } from "../../db/schema.ts";
import { visibleTo } from "../../db/visibility.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import { coupleMembers } from "../couples/members.ts";
import { assertVisibilityAllowed, requireCouple } from "../visibility-choice.ts";

type RepairRow = Omit<RepairTable, "created_at" | "revealed_at" | "ritual_done_at"> & {
  created_at: string | Date;
  revealed_at: string | Date | null;
  ritual_done_at: string | Date | null;
  starter_name: string;
};

const notRevealed = () =>
  new HttpError(409, "not_revealed", "This opens once you have both written your reflections.");

/**
 * Repair after a rupture. Each partner's reflection is sealed exactly like a check-in answer
 * (visibility "couple", embargoed by the repair's revealed_at through the one scoping helper, and
 * presented through core's sealedView); after the reveal come amends, a ritual and forgiveness.
 */
export class RepairService {
  constructor(
    private readonly db: Db,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  private repairs(coupleId: string) {
    return this.db
      .selectFrom("repair as r")
      .innerJoin("app_user as a", "a.id", "r.started_by")
      .selectAll("r")
      .select("a.display_name as starter_name")
      .where("r.couple_id", "=", coupleId);
  }

  private async find(viewer: Viewer, id: string): Promise<RepairRow> {
    if (viewer.coupleId === null) throw notFound("repair");
    const row = await this.repairs(viewer.coupleId).where("r.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("repair");
    return row;
  }

  async create(viewer: Viewer, body: CreateRepairBody): Promise<Repair> {
    const coupleId = requireCouple(viewer);
    if (body.kind === "betrayal" && !body.myRole) {
      throw badField(
        "myRole",
        "is needed after a betrayal: were you the one hurt, or the one who broke trust?",
      );
    }
    if (body.kind === "rupture" && body.myRole) throw badField("myRole", "applies only after a betrayal");
    const id = newId();
    const members = await coupleMembers(this.db, coupleId);
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("repair")
        .values({
          id,
          couple_id: coupleId,
          started_by: viewer.userId,
          title: body.title,
          kind: body.kind,
          revealed_at: null,
          ritual: null,
          ritual_custom: null,
          ritual_chosen_by: null,
          ritual_done_at: null,
          created_at: dbTime(this.clock.now()),
        })
        .execute();
      const myRole = body.myRole;
      if (myRole) {
        await tx
          .insertInto("repair_role")
          .values(
            members.map((userId) => ({
              repair_id: id,
              user_id: userId,
              role: userId === viewer.userId ? myRole : otherRole(myRole),
            })),
          )
          .execute();
      }
      await this.notifyPartner(coupleId, viewer.userId, "repair.started", id, tx);
    });
    return this.get(viewer, id);
  }

  async list(viewer: Viewer): Promise<Repair[]> {
    const coupleId = requireCouple(viewer);
    const rows = await this.repairs(coupleId)
      .orderBy("r.created_at", "desc")
      .orderBy("r.id")
      .limit(100)
      .execute();
    return this.present(viewer, rows);
  }

  async get(viewer: Viewer, id: string): Promise<Repair> {
    return (await this.present(viewer, [await this.find(viewer, id)]))[0] as Repair;
  }

  /** Written and rewritten freely until both have written; then it is sealed for good. */
  async reflect(viewer: Viewer, id: string, body: RepairReflectionBody): Promise<Repair> {
    const repair = await this.find(viewer, id);
    const sealed = () =>
      new HttpError(
        409,
        "sealed",
        "Your reflections have been revealed; add what you would say now as amends.",
      );
    if (repair.revealed_at !== null) throw sealed();
    const now = dbTime(this.clock.now());
    const fields = {
      happened: body.happened,
      felt: body.felt,
      my_part: body.myPart,
      would_help: body.wouldHelp,
      updated_at: now,
    };
    await this.db.transaction().execute(async (tx) => {
      const updated = await tx
        .updateTable("repair_reflection")
        .set(fields)
        .where("repair_id", "=", id)
        .where("author_id", "=", viewer.userId)
        .where((eb) =>
          eb.exists(
            eb.selectFrom("repair").select("id").where("id", "=", id).where("revealed_at", "is", null),
          ),
        )
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) {
        const exists = await tx
          .selectFrom("repair_reflection")
          .select("author_id")
          .where("repair_id", "=", id)
          .where("author_id", "=", viewer.userId)
          .executeTakeFirst();
        if (exists) throw sealed();
        await tx
          .insertInto("repair_reflection")
          .values({
            repair_id: id,
            author_id: viewer.userId,
            couple_id: repair.couple_id,
            visibility: "couple",
            created_at: now,
            ...fields,
          })
          .execute();
        await this.notifyPartner(repair.couple_id, viewer.userId, "repair.reflected", id, tx);
      }
    });
    if (await this.revealIfComplete(repair.couple_id, id)) {
      await this.events.publishToCouple(repair.couple_id, { type: "repair.revealed", subjectId: id });
    }
    return this.get(viewer, id);
  }

  private async revealIfComplete(coupleId: string, id: string): Promise<boolean> {
    const required = Math.max(2, (await coupleMembers(this.db, coupleId)).length);
    const result = await this.db
      .updateTable("repair")
      .set({ revealed_at: dbTime(this.clock.now()) })
      .where("id", "=", id)
      .where("revealed_at", "is", null)
      .where(
        (eb) =>
          eb.selectFrom("repair_reflection").select(eb.fn.countAll().as("n")).where("repair_id", "=", id),
        ">=",
        required,
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async addAmend(viewer: Viewer, id: string, body: string): Promise<Repair> {
    const repair = await this.find(viewer, id);
    if (repair.revealed_at === null) throw notRevealed();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("repair_amend")
        .values({
          id: newId(),
          repair_id: id,
          couple_id: repair.couple_id,
          author_id: viewer.userId,
          visibility: "couple",
          body,
          created_at: dbTime(this.clock.now()),
        })
        .execute();
      await this.notifyPartner(repair.couple_id, viewer.userId, "repair.amend-offered", id, tx);
    });
    return this.get(viewer, id);
  }

  async chooseRitual(viewer: Viewer, id: string, body: RitualBody): Promise<Repair> {
    const repair = await this.find(viewer, id);
    if (repair.revealed_at === null) throw notRevealed();
    if (repair.ritual_done_at !== null) {
      throw new HttpError(
        409,
        "already_done",
        "This repair's ritual is done. Start a new repair if you need one.",
      );
    }
    await this.db
      .updateTable("repair")
      .set({
        ritual: body.ritual ?? null,
        ritual_custom: body.custom ?? null,
        ritual_chosen_by: viewer.userId,
      })
      .where("id", "=", id)
      .execute();
    await this.notifyPartner(repair.couple_id, viewer.userId, "repair.ritual-chosen", id);
    return this.get(viewer, id);
  }

  async ritualDone(viewer: Viewer, id: string): Promise<Repair> {
    const repair = await this.find(viewer, id);
    if (repair.ritual === null && repair.ritual_custom === null) {
      throw new HttpError(409, "no_ritual", "Choose a ritual together first.");
    }
    const done = await this.db
      .updateTable("repair")
      .set({ ritual_done_at: dbTime(this.clock.now()) })
      .where("id", "=", id)
      .where("ritual_done_at", "is", null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) > 0) {
      await this.events.publishToCouple(repair.couple_id, { type: "repair.done", subjectId: id });
    }
    return this.get(viewer, id);
  }

  /** Private unless the author shares it; "not yet" is as valid as "yes". */
  async forgive(viewer: Viewer, id: string, body: ForgivenessBody): Promise<Repair> {
    const repair = await this.find(viewer, id);
    const visibility = body.visibility ?? "private";
    assertVisibilityAllowed(viewer, visibility);
    const values = {
      answer: body.answer,
      note: body.note ?? "",
      visibility,
      updated_at: dbTime(this.clock.now()),
    };
    await this.db
      .insertInto("repair_forgiveness")
      .values({ repair_id: id, author_id: viewer.userId, couple_id: repair.couple_id, ...values })
      .onConflict((oc) => oc.columns(["repair_id", "author_id"]).doUpdateSet(values))
      .execute();
    if (visibility === "couple") {
      await this.notifyPartner(repair.couple_id, viewer.userId, "repair.forgiveness-shared", id);
    }
    return this.get(viewer, id);
  }

  private async notifyPartner(coupleId: string, authorId: string, type: string, subjectId: string, tx?: Db) {
    await this.events.publishToCouple(coupleId, { type, subjectId }, { except: authorId, ...(tx && { tx }) });
  }

  private async present(viewer: Viewer, rows: RepairRow[]): Promise<Repair[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const scope = readScope(viewer, this.clock.now());
    const [reflections, written, amends, forgiveness, roles, choosers] = await Promise.all([
      this.reflections(scope, ids),
      this.db
        .selectFrom("repair_reflection")
        .select(["repair_id", "author_id"])
        .where("repair_id", "in", ids)
        .execute(),
      this.db
        .selectFrom("repair_amend as m")
        .innerJoin("app_user as a", "a.id", "m.author_id")
        .select(["m.id", "m.repair_id", "m.author_id", "a.display_name", "m.body", "m.created_at"])
        .where("m.repair_id", "in", ids)
        .where(visibleTo(scope, "m"))
        .orderBy("m.created_at")
        .execute(),
      this.db
        .selectFrom("repair_forgiveness as f")
        .innerJoin("app_user as a", "a.id", "f.author_id")
        .select([
          "f.repair_id",
          "f.author_id",
          "a.display_name",
          "f.answer",
          "f.note",
          "f.visibility",
          "f.updated_at",
        ])
        .where("f.repair_id", "in", ids)
        .where(visibleTo(scope, "f"))
        .execute(),
      this.db
        .selectFrom("repair_role")
        .select(["repair_id", "role"])
        .where("repair_id", "in", ids)
        .where("user_id", "=", viewer.userId)
        .execute(),
      this.db
        .selectFrom("app_user")
        .select(["id", "display_name"])
        .where("id", "in", [...new Set(rows.map((r) => r.ritual_chosen_by ?? r.started_by))])
        .execute(),
    ]);
    return rows.map((row) => {
      const revealed = row.revealed_at !== null;
      const view = sealedView(
        reflections.filter((r) => r.repairId === row.id),
        viewer.userId,
        revealed,
      );
      const forgivenessOf = (mine: boolean) => {
        const f = forgiveness.find((g) => g.repair_id === row.id && (g.author_id === viewer.userId) === mine);
        return f
          ? {
              author: { id: f.author_id, displayName: f.display_name },
              answer: f.answer,
              note: f.note,
              visibility: f.visibility,
              updatedAt: toIso(f.updated_at),
            }
          : null;
      };
      const chooser = choosers.find((c) => c.id === row.ritual_chosen_by);
      return {
        id: row.id,
        title: row.title,
        kind: row.kind,
        startedBy: { id: row.started_by, displayName: row.starter_name },
        myRole: (roles.find((r) => r.repair_id === row.id)?.role ?? null) as BetrayalRole | null,
        status: row.ritual_done_at ? "done" : revealed ? "talking" : "reflecting",
        revealed,
        mine: view.mine && presentReflection(view.mine),
        partner: view.others[0] ? presentReflection(view.others[0]) : null,
        partnerWritten: written.some((w) => w.repair_id === row.id && w.author_id !== viewer.userId),
        amends: amends
          .filter((m) => m.repair_id === row.id)
          .map((m) => ({
            id: m.id,
            author: { id: m.author_id, displayName: m.display_name },
            mine: m.author_id === viewer.userId,
            body: m.body,
            createdAt: toIso(m.created_at),
          })),
        ritual: {
          ritual: (row.ritual ?? null) as Repair["ritual"]["ritual"],
          custom: row.ritual_custom,
          chosenBy: chooser ? { id: chooser.id, displayName: chooser.display_name } : null,
          doneAt: toIsoOrNull(row.ritual_done_at),
        },
        forgiveness: { mine: forgivenessOf(true), partner: forgivenessOf(false) },
        recommendProfessional: row.kind === "betrayal",
        createdAt: toIso(row.created_at),
      };
    });
  }

  /** A counsellor's consented view: titles and progress, and reflections only once revealed. */
  async sharedWith(scope: ReadScope, coupleId: string): Promise<CounsellorRepair[]> {
    const rows = await this.repairs(coupleId)
      .orderBy("r.created_at", "desc")
      .orderBy("r.id")
      .limit(100)
      .execute();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [reflections, amends] = await Promise.all([
      this.reflections(scope, ids),
      this.db
        .selectFrom("repair_amend as m")
        .innerJoin("app_user as a", "a.id", "m.author_id")
        .select(["m.repair_id", "m.author_id", "a.display_name", "m.body", "m.created_at"])
        .where("m.repair_id", "in", ids)
        .where(visibleTo(scope, "m"))
        .orderBy("m.created_at")
        .execute(),
    ]);
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      kind: row.kind,
      status: row.ritual_done_at ? "done" : row.revealed_at ? "talking" : "reflecting",
      reflections: reflections.filter((r) => r.repairId === row.id).map(presentReflection),
      amends: amends
        .filter((m) => m.repair_id === row.id)
        .map((m) => ({
          author: { id: m.author_id, displayName: m.display_name },
          body: m.body,
          createdAt: toIso(m.created_at),
        })),
      ritual: row.ritual_custom ?? row.ritual,
      createdAt: toIso(row.created_at),
    }));
  }

  private async reflections(scope: ReadScope, ids: string[]) {
    const rows = await this.db
      .selectFrom("repair_reflection as f")
      .innerJoin("repair as r", "r.id", "f.repair_id")
      .innerJoin("app_user as a", "a.id", "f.author_id")
      .select([
        "f.repair_id",
        "f.author_id",
        "a.display_name",
        "f.happened",
        "f.felt",
        "f.my_part",
        "f.would_help",
        "f.updated_at",
      ])
      .where("f.repair_id", "in", ids)
      .where(visibleTo(scope, { table: "f", availableFromColumn: "r.revealed_at" }))
      .execute();
    return rows.map((r) => ({
      repairId: r.repair_id,
      authorId: r.author_id,
      authorName: r.display_name,
      happened: r.happened,
      felt: r.felt,
      myPart: r.my_part,
      wouldHelp: r.would_help,
      writtenAt: toIso(r.updated_at),
    }));
  }
}

function presentReflection(r: {
  authorId: string;
  authorName: string;
  happened: string;
  felt: string;
  myPart: string;
  wouldHelp: string;
  writtenAt: string;
}) {
  return {
    author: { id: r.authorId, displayName: r.authorName },
    happened: r.happened,
    felt: r.felt,
    myPart: r.myPart,
    wouldHelp: r.wouldHelp,
    writtenAt: r.writtenAt,
  };
}
