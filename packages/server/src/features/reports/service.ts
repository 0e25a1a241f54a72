import { type CounsellorCategory, counsellorScope, dayNumber, type Viewer } from "@mend/core";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { dbTime, toIso } from "../../db/convert.ts";
import type { Db } from "../../db/database.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { EventStore } from "../../realtime/events.ts";
import type { AssessmentService } from "../assessments/service.ts";
import type { BoundaryService } from "../boundaries/service.ts";
import type { CheckinService } from "../checkins/service.ts";
import type { CommitmentService } from "../commitments/service.ts";
import { type CounsellorService, consentMissing } from "../counsellors/service.ts";
import { coupleMembers } from "../couples/members.ts";
import type { GoalService } from "../goals/service.ts";
import type { RepairService } from "../repairs/service.ts";
import { requireCouple } from "../visibility-choice.ts";
import { renderReportPdf } from "./pdf.ts";
import { inPeriod, type ReportSnapshot } from "./snapshot.ts";

/** A report covers at most a year: a session-prep summary, not an archive. */
const MAX_PERIOD_DAYS = 366;

export interface ReportSources {
  checkins: CheckinService;
  commitments: CommitmentService;
  repairs: RepairService;
  boundaries: BoundaryService;
  goals: GoalService;
  assessments: AssessmentService;
}

interface ReportRow {
  id: string;
  couple_id: string;
  created_by: string;
  creator_name: string;
  period_from: string;
  period_to: string;
  categories: string;
  snapshot: string;
  created_at: string | Date;
}

/**
 * Session-prep reports: a partner makes one over a period; it is a frozen snapshot of what both
 * share; both preview and approve it; only then can their counsellor open it — and only while
 * both still consent to every category in it.
 */
export class ReportService {
  constructor(
    private readonly db: Db,
    private readonly counsellors: CounsellorService,
    private readonly sources: ReportSources,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  async create(viewer: Viewer, from: string, to: string) {
    const coupleId = requireCouple(viewer);
    if (Number.isNaN(dayNumber(from))) throw badField("from", "must be a date, YYYY-MM-DD");
    if (Number.isNaN(dayNumber(to))) throw badField("to", "must be a date, YYYY-MM-DD");
    if (to < from) throw badField("to", "must not be before from");
    if (dayNumber(to) - dayNumber(from) > MAX_PERIOD_DAYS)
      throw badField("to", "must be within a year of from");
    const categories = await this.counsellors.effective(coupleId);
    if (categories.length === 0) {
      throw new HttpError(
        409,
        "nothing_shared",
        "You have not both agreed to share anything with a counsellor yet.",
      );
    }
    const snapshot = await this.snapshot(coupleId, from, to, categories);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .insertInto("report")
        .values({
          id,
          couple_id: coupleId,
          created_by: viewer.userId,
          period_from: from,
          period_to: to,
          categories: JSON.stringify(categories),
          snapshot: JSON.stringify(snapshot),
          created_at: dbTime(this.clock.now()),
        })
        .execute();
      await this.events.publishToCouple(
        coupleId,
        { type: "report.created", subjectId: id },
        { except: viewer.userId, tx },
      );
    });
    return this.present(viewer, await this.row(coupleId, id));
  }

  async list(viewer: Viewer) {
    const coupleId = requireCouple(viewer);
    const rows = await this.rows().where("r.couple_id", "=", coupleId).execute();
    return Promise.all(rows.map((r) => this.present(viewer, r)));
  }

  async approve(viewer: Viewer, id: string) {
    const coupleId = requireCouple(viewer);
    const row = await this.row(coupleId, id);
    await this.db
      .insertInto("report_approval")
      .values({ report_id: id, user_id: viewer.userId, approved_at: dbTime(this.clock.now()) })
      .onConflict((oc) => oc.columns(["report_id", "user_id"]).doNothing())
      .execute();
    await this.events.publishToCouple(
      coupleId,
      { type: "report.approved", subjectId: id },
      { except: viewer.userId },
    );
    const report = await this.present(viewer, row);
    // Counsellors hear of a report only once it is theirs to open.
    if (report.approved) await this.counsellors.notifyCounsellors(coupleId, "report.approved", id);
    return report;
  }

  /** The partners' preview: exactly what the counsellor would open. */
  async pdfForPartner(viewer: Viewer, id: string): Promise<Buffer> {
    const coupleId = requireCouple(viewer);
    const row = await this.row(coupleId, id);
    return renderReportPdf(JSON.parse(row.snapshot) as ReportSnapshot, new Date(toIso(row.created_at)));
  }

  async approvedFor(viewer: Viewer, coupleId: string) {
    await this.counsellors.linkedCouple(viewer, coupleId);
    const rows = await this.rows().where("r.couple_id", "=", coupleId).execute();
    const presented = await Promise.all(rows.map((r) => this.present(viewer, r)));
    return presented.filter((r) => r.approved);
  }

  async pdfForCounsellor(viewer: Viewer, id: string): Promise<Buffer> {
    const row = await this.rows().where("r.id", "=", id).executeTakeFirst();
    if (!row) throw notFound("report");
    const couple = await this.counsellors.linkedCouple(viewer, row.couple_id, "report");
    if (!(await this.present(viewer, row)).approved) throw notFound("report");
    const missing = (JSON.parse(row.categories) as CounsellorCategory[]).filter(
      (c) => !couple.categories.includes(c),
    );
    if (missing.length > 0) {
      throw consentMissing(missing, "open this report");
    }
    await this.counsellors.log(viewer, row.couple_id, "report");
    return renderReportPdf(JSON.parse(row.snapshot) as ReportSnapshot, new Date(toIso(row.created_at)));
  }

  private rows() {
    return this.db
      .selectFrom("report as r")
      .innerJoin("app_user as a", "a.id", "r.created_by")
      .selectAll("r")
      .select("a.display_name as creator_name")
      .orderBy("r.created_at", "desc")
      .orderBy("r.id");
  }

  private async row(coupleId: string, id: string): Promise<ReportRow> {
    const row = await this.rows()
      .where("r.couple_id", "=", coupleId)
      .where("r.id", "=", id)
      .executeTakeFirst();
    if (!row) throw notFound("report");
    return row;
  }

  private async present(viewer: Viewer, row: ReportRow) {
    const [approvals, members] = await Promise.all([
      this.db.selectFrom("report_approval").select("user_id").where("report_id", "=", row.id).execute(),
      coupleMembers(this.db, row.couple_id),
    ]);
    const approvedBy = new Set(approvals.map((a) => a.user_id));
    return {
      id: row.id,
      from: row.period_from,
      to: row.period_to,
      categories: JSON.parse(row.categories) as CounsellorCategory[],
      createdBy: { id: row.created_by, displayName: row.creator_name },
      createdAt: toIso(row.created_at),
      approvedByMe: approvedBy.has(viewer.userId),
      approvedByPartner: members.some((m) => m !== viewer.userId && approvedBy.has(m)),
      approved: members.length >= 2 && members.every((m) => approvedBy.has(m)),
    };
  }

  /** What both share, through the same counsellor scope the live reads use, within the period. */
  private async snapshot(
    coupleId: string,
    from: string,
    to: string,
    categories: CounsellorCategory[],
  ): Promise<ReportSnapshot> {
    const reader: Viewer = { userId: `report:${coupleId}`, role: "counsellor", coupleId: null };
    const scopeOf = (category: CounsellorCategory) => {
      const scope = counsellorScope(reader, coupleId, categories, category, this.clock.now());
      if (!scope) throw new Error(`no scope for consented ${category}`);
      return scope;
    };
    const members = await this.db
      .selectFrom("app_user")
      .select("display_name")
      .where("couple_id", "=", coupleId)
      .orderBy("display_name")
      .execute();
    const snapshot: ReportSnapshot = { partners: members.map((m) => m.display_name), from, to, categories };
    const { sources } = this;
    if (categories.includes("checkins")) {
      const checkins = await sources.checkins.revealedWith(scopeOf("checkins"), coupleId);
      snapshot.checkins = checkins
        .filter((c) => inPeriod(c.revealedAt, from, to))
        .map((c) => ({
          revealedAt: c.revealedAt,
          answers: c.answers.map((a) => ({
            name: a.author.displayName,
            safety: a.safety,
            trust: a.trust,
            appreciation: a.appreciation,
            worry: a.worry,
            request: a.request,
          })),
        }));
    }
    if (categories.includes("commitments")) {
      const commitments = await sources.commitments.sharedWith(scopeOf("commitments"), reader);
      snapshot.commitments = commitments
        .filter((c) => c.createdAt.slice(0, 10) <= to)
        .map((c) => ({
          title: c.title,
          by: c.author.displayName,
          status: c.status,
          kept30: c.reliability.last30.kept,
          due30: c.reliability.last30.due,
          kept90: c.reliability.last90.kept,
          due90: c.reliability.last90.due,
          trend: c.reliability.trend,
        }));
    }
    if (categories.includes("repairs")) {
      const repairs = await sources.repairs.sharedWith(scopeOf("repairs"), coupleId);
      snapshot.repairs = repairs
        .filter((r) => inPeriod(r.createdAt, from, to))
        .map((r) => ({
          title: r.title,
          kind: r.kind,
          status: r.status,
          amends: r.amends.map((a) => a.body),
          ritual: r.ritual,
          createdAt: r.createdAt,
        }));
    }
    if (categories.includes("boundaries")) {
      const boundaries = await sources.boundaries.sharedWith(scopeOf("boundaries"), reader);
      snapshot.boundaries = boundaries
        .filter(
          (b) => b.createdAt.slice(0, 10) <= to && b.status !== "superseded" && b.status !== "countered",
        )
        .map((b) => ({
          kind: b.kind,
          body: b.body,
          status: b.status,
          version: b.version,
          by: b.proposedBy.displayName,
        }));
    }
    if (categories.includes("goals")) {
      const goals = await sources.goals.sharedWith(scopeOf("goals"), reader);
      snapshot.goals = goals
        .filter((g) => g.createdAt.slice(0, 10) <= to)
        .map((g) => ({
          title: g.title,
          by: g.author.displayName,
          status: g.status,
          milestonesDone: g.milestones.filter((m) => m.doneAt !== null).length,
          milestones: g.milestones.length,
        }));
    }
    if (categories.includes("assessments")) {
      const results = await sources.assessments.sharedWith(scopeOf("assessments"));
      snapshot.assessments = results
        .filter((a) => inPeriod(a.createdAt, from, to))
        .map((a) => ({
          instrument: sources.assessments.instruments.get(a.instrumentId)?.title ?? a.instrumentId,
          by: a.authorName,
          at: a.createdAt,
          scores: Object.entries(a.scores).map(([name, score]) => ({ name, score, band: null })),
        }));
    }
    return snapshot;
  }
}
