import {
  type Checkin,
  type CheckinAnswerBody,
  type CounsellorCheckin,
  isValidTimeZone,
  nextPeriod,
  periodAt,
  type ReadScope,
  type Rhythm,
  type RhythmBody,
  readScope,
  sealedView,
  type Viewer,
} from "@mend/core";
import { DateTime } from "luxon";
import { newId } from "../../auth/tokens.ts";
import type { Clock } from "../../clock.ts";
import { DAY } from "../../clock.ts";
import type { Db } from "../../db/database.ts";
import { badField, HttpError, notFound } from "../../http/errors.ts";
import type { JobQueue } from "../../jobs/job-queue.ts";
import type { EventStore } from "../../realtime/events.ts";
import { requireCouple } from "../visibility-choice.ts";
import {
  type AnswerRecord,
  type CheckinRecord,
  type CheckinRepo,
  ON_DEMAND_PREFIX,
  type RhythmRecord,
} from "./repo.ts";

/** An on-demand check-in stays the "current" one for a day after its reveal, so both can read it. */
const ON_DEMAND_KEEP_MS = DAY;

export class CheckinService {
  constructor(
    private readonly db: Db,
    private readonly checkins: CheckinRepo,
    private readonly events: EventStore,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    jobs.register("checkin.open", (payload) => this.onOpen(payload));
    jobs.register("checkin.close", (payload) => this.onClose(payload));
  }

  // ── rhythm ────────────────────────────────────────────────────────────────

  async rhythm(viewer: Viewer): Promise<RhythmRecord | null> {
    return (await this.checkins.rhythm(requireCouple(viewer))) ?? null;
  }

  /** A proposal replaces any earlier rhythm until the partner accepts it. */
  async propose(viewer: Viewer, body: RhythmBody): Promise<RhythmRecord> {
    const coupleId = requireCouple(viewer);
    if (!isValidTimeZone(body.timeZone))
      throw badField("timeZone", "is not a known time zone, e.g. Europe/Berlin");
    const now = this.clock.now();
    const startsOn = DateTime.fromJSDate(now, { zone: body.timeZone }).toISODate() ?? "";
    await this.checkins.proposeRhythm(coupleId, viewer.userId, { ...body, startsOn }, now);
    await this.notifyPartner(coupleId, viewer.userId, "checkin.rhythm-proposed");
    return (await this.rhythm(viewer)) as RhythmRecord;
  }

  async accept(viewer: Viewer): Promise<RhythmRecord> {
    const coupleId = requireCouple(viewer);
    const now = this.clock.now();
    if (!(await this.checkins.acceptRhythm(coupleId, viewer.userId, now))) {
      throw new HttpError(409, "nothing_to_accept", "There is no rhythm proposed by your partner to accept.");
    }
    const rhythm = await this.checkins.rhythm(coupleId);
    if (rhythm) await this.scheduleOpen(coupleId, rhythm, periodAt(rhythm, now));
    await this.notifyPartner(coupleId, viewer.userId, "checkin.rhythm-accepted");
    return rhythm as RhythmRecord;
  }

  private async scheduleOpen(coupleId: string, rhythm: Rhythm, period: { key: string; opensAt: Date }) {
    await this.jobs.enqueue(
      "checkin.open",
      { coupleId, periodKey: period.key, rhythmKey: rhythmKey(rhythm) },
      period.opensAt,
      {
        dedupeKey: `checkin-open:${coupleId}:${rhythmKey(rhythm)}:${period.key}`,
      },
    );
  }

  /** At a period's opening: create its check-in, remind both by e-mail, plan its close and the next. */
  private async onOpen(payload: Record<string, unknown>): Promise<void> {
    const { coupleId, periodKey, rhythmKey: key } = payload;
    if (typeof coupleId !== "string" || typeof periodKey !== "string") return;
    const rhythm = await this.checkins.rhythm(coupleId);
    // The rhythm changed or was dropped since this was planned: the new one plans its own.
    if (!rhythm?.acceptedAt || rhythmKey(rhythm) !== key) return;
    const now = this.clock.now();
    const period = periodAt(rhythm, now);
    if (period.key !== periodKey) return;
    const checkin = await this.checkins.getOrCreate(
      coupleId,
      period.key,
      period.opensAt,
      period.closesAt,
      newId(),
      now,
    );
    for (const member of await this.checkins.members(coupleId)) {
      await this.jobs.enqueue("mail.notify", { userId: member, template: "checkinReminder" }, now, {
        dedupeKey: `mail:checkin-open:${checkin.id}:${member}`,
      });
    }
    await this.jobs.enqueue("checkin.close", { checkinId: checkin.id, coupleId }, period.closesAt, {
      dedupeKey: `checkin-close:${checkin.id}`,
    });
    await this.scheduleOpen(coupleId, rhythm, nextPeriod(rhythm, period));
  }

  /** A window that passed without both answers is gently noted as missed; nothing else happens. */
  private async onClose(payload: Record<string, unknown>): Promise<void> {
    const { checkinId, coupleId } = payload;
    if (typeof checkinId !== "string" || typeof coupleId !== "string") return;
    if (await this.checkins.markMissed(checkinId, this.clock.now())) {
      await this.events.publishToCouple(coupleId, { type: "checkin.missed", subjectId: checkinId });
    }
  }

  // ── check-ins ─────────────────────────────────────────────────────────────

  /** This period's check-in (created when needed); without an agreed rhythm, an on-demand one. */
  async current(viewer: Viewer): Promise<Checkin> {
    const coupleId = requireCouple(viewer);
    const now = this.clock.now();
    const rhythm = await this.checkins.rhythm(coupleId);
    let record: CheckinRecord;
    if (rhythm?.acceptedAt) {
      const period = periodAt(rhythm, now);
      record = await this.checkins.getOrCreate(
        coupleId,
        period.key,
        period.opensAt,
        period.closesAt,
        newId(),
        now,
      );
    } else {
      const latest = await this.checkins.latestOnDemand(coupleId);
      const stillCurrent =
        latest && (!latest.revealedAt || now.getTime() - Date.parse(latest.revealedAt) < ON_DEMAND_KEEP_MS);
      record =
        latest && stillCurrent
          ? latest
          : await this.checkins.getOrCreate(
              coupleId,
              `${ON_DEMAND_PREFIX}${now.toISOString()}`,
              now,
              null,
              newId(),
              now,
            );
    }
    return (await this.present(viewer, [record]))[0] as Checkin;
  }

  async list(viewer: Viewer): Promise<Checkin[]> {
    const coupleId = requireCouple(viewer);
    return this.present(viewer, await this.checkins.list(coupleId));
  }

  async get(viewer: Viewer, id: string): Promise<Checkin> {
    const record = await this.find(viewer, id);
    return (await this.present(viewer, [record]))[0] as Checkin;
  }

  /** A counsellor's consented view: revealed check-ins only, with their answers and notes. */
  async revealedWith(scope: ReadScope, coupleId: string): Promise<CounsellorCheckin[]> {
    const records = (await this.checkins.list(coupleId)).filter((r) => r.revealedAt !== null);
    const ids = records.map((r) => r.id);
    const [answers, notes] = await Promise.all([this.checkins.answers(scope, ids), this.checkins.notes(ids)]);
    return records.map((record) => ({
      id: record.id,
      revealedAt: record.revealedAt as string,
      answers: answers.filter((a) => a.checkinId === record.id).map(presentAnswer),
      notes: notes.filter((n) => n.checkinId === record.id).map(({ checkinId: _c, ...n }) => n),
    }));
  }

  private async find(viewer: Viewer, id: string): Promise<CheckinRecord> {
    if (viewer.coupleId === null) throw notFound("check-in");
    const record = await this.checkins.find(viewer.coupleId, id);
    if (!record) throw notFound("check-in");
    return record;
  }

  async answer(viewer: Viewer, id: string, body: CheckinAnswerBody): Promise<Checkin> {
    const record = await this.find(viewer, id);
    const now = this.clock.now();
    const status = statusOf(record, now);
    if (status === "upcoming") throw new HttpError(409, "not_open", "This check-in has not opened yet.");
    if (status === "missed") {
      throw new HttpError(
        409,
        "window_passed",
        "This check-in's time has passed. The next one will come round soon.",
      );
    }
    const inserted = await this.db.transaction().execute(async (tx) => {
      const ok = await this.checkins.insertAnswer(
        tx,
        { checkinId: id, authorId: viewer.userId, coupleId: record.coupleId, ...body },
        now,
      );
      if (ok) {
        await this.notifyPartner(record.coupleId, viewer.userId, "checkin.answered", id, tx);
      }
      return ok;
    });
    if (!inserted) {
      throw new HttpError(
        409,
        "already_answered",
        "You have already answered. After the reveal you can add a note.",
      );
    }
    const members = await this.checkins.members(record.coupleId);
    if (await this.checkins.revealIfComplete(id, Math.max(2, members.length), this.clock.now())) {
      await this.checkins.attachAgenda(record.coupleId, id, this.clock.now());
      await this.events.publishToCouple(record.coupleId, { type: "checkin.revealed", subjectId: id });
    }
    return this.get(viewer, id);
  }

  /** After the reveal answers are final; what someone wants to add is a visible note. */
  async addNote(viewer: Viewer, id: string, body: string): Promise<Checkin> {
    const record = await this.find(viewer, id);
    if (!record.revealedAt) {
      throw new HttpError(409, "not_revealed", "Notes can be added once you have both answered.");
    }
    await this.checkins.insertNote(
      { id: newId(), checkinId: id, coupleId: record.coupleId, authorId: viewer.userId, body },
      this.clock.now(),
    );
    await this.notifyPartner(record.coupleId, viewer.userId, "checkin.note-added", id);
    return this.get(viewer, id);
  }

  private async notifyPartner(coupleId: string, authorId: string, type: string, subjectId?: string, tx?: Db) {
    await this.events.publishToCouple(
      coupleId,
      { type, ...(subjectId && { subjectId }) },
      {
        except: authorId,
        ...(tx && { tx }),
      },
    );
  }

  private async present(viewer: Viewer, records: CheckinRecord[]): Promise<Checkin[]> {
    const now = this.clock.now();
    const ids = records.map((r) => r.id);
    const scope = readScope(viewer, now);
    const [answers, answered, notes, agenda] = await Promise.all([
      this.checkins.answers(scope, ids),
      this.checkins.answeredBy(ids),
      this.checkins.notes(ids),
      this.checkins.agenda(scope, ids),
    ]);
    return records.map((record) => {
      const revealed = record.revealedAt !== null;
      const view = sealedView(
        answers.filter((a) => a.checkinId === record.id),
        viewer.userId,
        revealed,
      );
      return {
        id: record.id,
        kind: record.periodKey.startsWith(ON_DEMAND_PREFIX) ? "on-demand" : "scheduled",
        status: statusOf(record, now),
        opensAt: record.opensAt,
        closesAt: record.closesAt,
        revealed,
        mine: view.mine && presentAnswer(view.mine),
        partner: view.others[0] ? presentAnswer(view.others[0]) : null,
        partnerAnswered: answered.some((a) => a.checkinId === record.id && a.authorId !== viewer.userId),
        agenda: agenda
          .filter((item) =>
            revealed
              ? item.checkinId === record.id
              : item.checkinId === null && statusOf(record, now) !== "missed",
          )
          .map(({ checkinId: _c, ...item }) => item),
        notes: revealed
          ? notes.filter((n) => n.checkinId === record.id).map(({ checkinId: _c, ...n }) => n)
          : [],
      };
    });
  }
}

function statusOf(record: CheckinRecord, now: Date): Checkin["status"] {
  if (record.revealedAt) return "revealed";
  if (record.missedAt || (record.closesAt && Date.parse(record.closesAt) <= now.getTime())) return "missed";
  if (Date.parse(record.opensAt) > now.getTime()) return "upcoming";
  return "open";
}

function presentAnswer(a: AnswerRecord) {
  return {
    author: { id: a.authorId, displayName: a.authorName },
    safety: a.safety,
    trust: a.trust,
    appreciation: a.appreciation,
    worry: a.worry,
    request: a.request,
    answeredAt: a.answeredAt,
  };
}

/** Identifies a rhythm's settings, so jobs planned for an older rhythm know to stand down. */
function rhythmKey(r: Rhythm): string {
  return `${r.cadence}-${r.weekday}-${r.time}-${r.timeZone}-${r.startsOn}`;
}
