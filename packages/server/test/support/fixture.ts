import { SAFETY_ITEM_IDS } from "@mend/core";
import type { FastifyInstance } from "fastify";
import { hashPassword } from "../../src/auth/passwords.ts";
import { SessionStore } from "../../src/auth/sessions.ts";
import { newId } from "../../src/auth/tokens.ts";
import type { Clock } from "../../src/clock.ts";
import type { Db } from "../../src/db/database.ts";
import { UserRepo } from "../../src/features/accounts/repo.ts";
import { Client, PASSWORD } from "./app.ts";

let passwordHash: Promise<string> | undefined;

/** Creates a user and a signed-in client straight through the repos (fast: one argon2 hash per run). */
export async function quickUser(
  app: FastifyInstance,
  db: Db,
  clock: Clock,
  name: string,
  role: "partner" | "counsellor" = "partner",
): Promise<Client> {
  passwordHash ??= hashPassword(PASSWORD);
  const id = newId();
  const email = `${name.toLowerCase()}.${id}@example.test`;
  await new UserRepo(db).insert({
    id,
    email,
    displayName: name,
    role,
    passwordHash: await passwordHash,
    createdAt: clock.now(),
  });
  const { token } = await new SessionStore(db, clock).create(id, "Test browser");
  const client = new Client(app);
  client.cookie = `mend_session=${token}`;
  client.userId = id;
  client.email = email;
  return client;
}

export async function link(a: Client, b: Client): Promise<void> {
  const { code } = (await a.post("/api/couple/invite")).json();
  const joined = await b.post("/api/couple/join", { code });
  if (joined.statusCode !== 200) throw new Error(`link failed: ${joined.body}`);
}

/**
 * The cast of the authorization matrix: Alex (the author) and Sam (Alex's partner), Olive of
 * another couple, Solo (no partner, holds an open invite) and an anonymous visitor.
 */
export interface Cast {
  author: Client;
  partner: Client;
  otherCouple: Client;
  anonymous: Client;
  solo: Client;
  entries: { private: string; shared: string };
  partnerEntries: { private: string; shared: string };
  assessments: { private: string; shared: string; partnerPrivate: string; otherCouple: string };
  letters: { unsent: string; timed: string; delivered: string };
  appreciationFromPartner: string;
  /** The couple's open check-in, answered by Alex only (so sealed). */
  checkinId: string;
  /** Today's date (UTC), a day Alex's commitments fall due and were marked kept. */
  today: string;
  commitments: { private: string; shared: string };
  thoughtRecord: string;
  /** A repair Alex has reflected on (sealed) and given a private forgiveness answer. */
  repairId: string;
  boundaries: { proposed: string; agreed: string };
  goals: { private: string; shared: string; milestone: string };
  /** Dr Rivera, the couple's counsellor: both consent to checkins, goals and boundaries; only Alex to commitments. */
  counsellor: Client;
  /** A counsellor with no couple. */
  otherCounsellor: Client;
  /** Olive and Oscar's counsellor, with every consent from them. */
  otherCouplesCounsellor: Client;
  coupleId: string;
  otherCoupleId: string;
  /** A fresh counsellor invite from Alex. */
  counsellorInviteCode: string;
  exerciseId: string;
  /** A report both approved; and one only Alex approved. */
  reports: { approved: string; pending: string };
  authorSessionId: string;
  soloInviteCode: string;
  /** Strings only their owner may ever receive: private texts and ids of private results. */
  secrets: { author: string[]; partner: string[]; otherCouple: string[] };
}

/** A full check-in answer whose worry carries `marker`. */
export const CHECKIN_ANSWER = (marker: string) => ({
  safety: 7,
  trust: 6,
  appreciation: "You made dinner",
  worry: `I felt uneasy on Sunday ${marker}`,
  request: "Could we walk on Saturday?",
});

/** Full answers for the self-worth instrument (10 items on 1–4). */
export const SELF_WORTH_ANSWERS = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`s${i + 1}`, 3]));

export async function castOf(app: FastifyInstance, db: Db, clock: Clock): Promise<Cast> {
  const [author, partner, otherCouple, otherPartner, solo] = await Promise.all(
    ["Alex", "Sam", "Olive", "Oscar", "Solo"].map((n) => quickUser(app, db, clock, n)),
  );
  const [counsellor, otherCounsellor, otherCouplesCounsellor] = await Promise.all(
    ["Dr Rivera", "Dr Stone", "Dr Park"].map((n) => quickUser(app, db, clock, n, "counsellor")),
  );
  if (!author || !partner || !otherCouple || !otherPartner || !solo) throw new Error("cast incomplete");
  if (!counsellor || !otherCounsellor || !otherCouplesCounsellor) throw new Error("cast incomplete");
  await link(author, partner);
  await link(otherCouple, otherPartner);
  const write = async (who: Client, body: string, visibility: string) =>
    (await who.post("/api/journal", { body, visibility })).json().entry.id as string;
  const assess = async (who: Client, visibility: string) =>
    (
      await who.post("/api/assessments", {
        instrumentId: "self-worth",
        responses: SELF_WORTH_ANSWERS,
        visibility,
      })
    ).json().assessment.id as string;
  const authorPrivateAssessment = await assess(author, "private");
  const partnerPrivateAssessment = await assess(partner, "private");
  await author.request("PUT", "/api/assessment-drafts/attachment", { responses: { ax1: 6 } });
  await author.request("PUT", "/api/lessons/the-path/read");
  await author.patch("/api/me/preferences", { coachEnabled: false });
  const letter = async (body: string, kind: string, deliverAt?: string) =>
    (await author.post("/api/letters", { body, kind, deliverAt })).json().letter.id as string;
  const letters = {
    unsent: await letter("SECRET-author-unsent", "unsent"),
    timed: await letter(
      "SECRET-author-timed",
      "letter",
      new Date(clock.now().getTime() + 86_400_000).toISOString(),
    ),
    delivered: await letter("author-letter-delivered", "letter"),
  };
  await author.request("PUT", "/api/checkins/rhythm", {
    cadence: "weekly",
    weekday: 7,
    time: "19:00",
    timeZone: "Europe/Berlin",
  });
  const checkinId = (await author.get("/api/checkins/current")).json().checkin.id as string;
  await author.post(`/api/checkins/${checkinId}/answers`, CHECKIN_ANSWER("SECRET-author-checkin"));
  const today = clock.now().toISOString().slice(0, 10);
  const commit = async (title: string, visibility: string) => {
    const id = (
      await author.post("/api/commitments", {
        title,
        schedule: { repeat: "daily", startsOn: today, timeZone: "UTC" },
        visibility,
      })
    ).json().commitment.id as string;
    await author.request("PUT", `/api/commitments/${id}/occurrences/${today}`, { outcome: "kept" });
    return id;
  };
  const commitments = {
    private: await commit("SECRET-author-commitment", "private"),
    shared: await commit("author-commitment-shared", "couple"),
  };
  const thoughtRecord = (
    await author.post("/api/thought-records", {
      situation: "A late evening",
      thought: "SECRET-author-thought",
      intensityBefore: 70,
    })
  ).json().thoughtRecord.id as string;
  const repairId = (await author.post("/api/repairs", { title: "our-repair", kind: "rupture" })).json().repair
    .id as string;
  await author.request("PUT", `/api/repairs/${repairId}/reflection`, {
    happened: "SECRET-author-repair",
    felt: "sad",
    myPart: "I left",
    wouldHelp: "time",
  });
  await author.request("PUT", `/api/repairs/${repairId}/forgiveness`, {
    answer: "not-yet",
    note: "SECRET-author-forgiveness",
  });
  const boundary = async (body: string) =>
    (await author.post("/api/boundaries", { kind: "need", body })).json().boundary.id as string;
  const boundaries = {
    proposed: await boundary("boundary-proposed"),
    agreed: await boundary("boundary-agreed"),
  };
  await partner.post(`/api/boundaries/${boundaries.agreed}/respond`, { response: "accept" });
  const goal = async (title: string, visibility: string) =>
    (await author.post("/api/goals", { title, visibility })).json().goal.id as string;
  const privateGoal = await goal("SECRET-author-goal", "private");
  const sharedGoal = await goal("author-goal-shared", "couple");
  const milestone = (await author.post(`/api/goals/${sharedGoal}/milestones`, { title: "first step" })).json()
    .goal.milestones[0].id as string;
  await author.request("PUT", "/api/me/distractions", { items: ["SECRET-author-distraction"] });
  await author.post("/api/safety/check", {
    answers: Object.fromEntries(SAFETY_ITEM_IDS.map((id) => [id, "sometimes"])),
    note: "SECRET-author-safety",
  });

  // Counsellors: Rivera joins Alex and Sam; Park joins Olive and Oscar.
  const joinWith = async (inviter: Client, who: Client) => {
    const { code } = (await inviter.post("/api/couple/counsellor-invite")).json();
    return (await who.post("/api/counsellor/join", { code })).json().couple.id as string;
  };
  const coupleId = await joinWith(author, counsellor);
  const otherCoupleId = await joinWith(otherCouple, otherCouplesCounsellor);
  const ALL = ["assessments", "checkins", "commitments", "repairs", "boundaries", "goals"];
  await author.request("PUT", "/api/couple/counsellor-consent", {
    categories: ["checkins", "goals", "boundaries", "commitments"],
  });
  await partner.request("PUT", "/api/couple/counsellor-consent", {
    categories: ["checkins", "goals", "boundaries"],
  });
  await otherCouple.request("PUT", "/api/couple/counsellor-consent", { categories: ALL });
  await otherPartner.request("PUT", "/api/couple/counsellor-consent", { categories: ALL });
  const exerciseId = (
    await counsellor.post(`/api/counsellor/couples/${coupleId}/exercises`, { kind: "ritual", ref: "walk" })
  ).json().exercise.id as string;
  const report = async () =>
    (await author.post("/api/couple/reports", { from: "2026-01-01", to: today })).json().report.id as string;
  const reports = { approved: await report(), pending: await report() };
  await author.post(`/api/couple/reports/${reports.approved}/approve`);
  await partner.post(`/api/couple/reports/${reports.approved}/approve`);
  await author.post(`/api/couple/reports/${reports.pending}/approve`);
  const counsellorInviteCode = (await author.post("/api/couple/counsellor-invite")).json().code as string;
  const appreciationFromPartner = (
    await partner.post("/api/appreciations", { body: "partner-thanks" })
  ).json().appreciation.id as string;
  const cast: Cast = {
    author,
    partner,
    otherCouple,
    anonymous: new Client(app),
    solo,
    entries: {
      private: await write(author, "SECRET-author-private", "private"),
      shared: await write(author, "author-shared", "couple"),
    },
    partnerEntries: {
      private: await write(partner, "SECRET-partner-private", "private"),
      shared: await write(partner, "partner-shared", "couple"),
    },
    assessments: {
      private: authorPrivateAssessment,
      shared: await assess(author, "couple"),
      partnerPrivate: partnerPrivateAssessment,
      otherCouple: "",
    },
    letters,
    appreciationFromPartner,
    checkinId,
    today,
    commitments,
    thoughtRecord,
    repairId,
    boundaries,
    goals: { private: privateGoal, shared: sharedGoal, milestone },
    counsellor,
    otherCounsellor,
    otherCouplesCounsellor,
    coupleId,
    otherCoupleId,
    counsellorInviteCode,
    exerciseId,
    reports,
    authorSessionId: (await author.get("/api/sessions")).json().sessions[0].id,
    soloInviteCode: (await solo.post("/api/couple/invite")).json().code,
    secrets: { author: [], partner: [], otherCouple: [] },
  };
  const otherAssessment = await assess(otherCouple, "couple");
  cast.assessments.otherCouple = otherAssessment;
  await write(otherCouple, "SECRET-other-couple-shared", "couple");
  cast.secrets = {
    author: [
      "SECRET-author-private",
      "SECRET-author-unsent",
      "SECRET-author-timed",
      "SECRET-author-checkin",
      authorPrivateAssessment,
      cast.authorSessionId,
      letters.unsent,
      letters.timed,
      "SECRET-author-commitment",
      commitments.private,
      "SECRET-author-thought",
      thoughtRecord,
      "SECRET-author-repair",
      "SECRET-author-forgiveness",
      "SECRET-author-goal",
      privateGoal,
      "SECRET-author-distraction",
      "SECRET-author-safety",
    ],
    partner: ["SECRET-partner-private", partnerPrivateAssessment],
    otherCouple: ["SECRET-other-couple-shared", otherAssessment],
  };
  return cast;
}
