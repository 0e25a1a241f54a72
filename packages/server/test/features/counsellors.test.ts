import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOUR } from "../../src/clock.ts";
import { Client, createCouple, createTestApp, PASSWORD, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

let n = 0;
async function counsellor(t: TestApp, name = "Dr Rivera"): Promise<Client> {
  const client = new Client(t.app);
  const response = await client.post("/api/auth/register", {
    email: `counsellor${++n}.${Date.now()}@example.test`,
    password: PASSWORD,
    displayName: name,
    role: "counsellor",
  });
  expect(response.statusCode).toBe(201);
  expect(response.json().user.role).toBe("counsellor");
  client.userId = response.json().user.id;
  return client;
}

const ANSWER = (marker: string) => ({
  safety: 7,
  trust: 6,
  appreciation: "Dinner",
  worry: `Worry ${marker}`,
  request: "A walk?",
});

describe.each(DATABASES)("counsellors on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("joins by invite; sees a category only while both consent; every view is logged", async () => {
    const [alex, sam] = await createCouple(t.app);
    const rivera = await counsellor(t);
    // Roles keep to their own routes.
    expect((await rivera.get("/api/journal")).statusCode).toBe(403);
    expect((await rivera.post("/api/couple/invite")).statusCode).toBe(403);
    expect((await alex.get("/api/counsellor/couples")).statusCode).toBe(403);
    expect((await rivera.get("/api/me")).statusCode).toBe(200);

    const { code } = (await alex.post("/api/couple/counsellor-invite")).json();
    expect((await rivera.post("/api/counsellor/join", { code: "abc" })).statusCode).toBe(400);
    expect((await rivera.post("/api/counsellor/join", { code: "ABCD-EFGH" })).statusCode).toBe(404);
    const joined = await rivera.post("/api/counsellor/join", { code });
    expect(joined.statusCode).toBe(200);
    const coupleId = joined.json().couple.id as string;
    expect(joined.json().couple).toMatchObject({ categories: [] });
    expect((await (await counsellor(t, "Other")).post("/api/counsellor/join", { code })).statusCode).toBe(
      404,
    );

    // Shared and private things of the couple.
    const checkin = (await alex.get("/api/checkins/current")).json().checkin.id;
    await alex.post(`/api/checkins/${checkin}/answers`, ANSWER("SEALED-ALEX"));
    await alex.post("/api/goals", { title: "PRIVATE-GOAL", visibility: "private" });
    await alex.post("/api/goals", { title: "Shared goal", visibility: "couple" });

    const read = (category: string) => rivera.get(`/api/counsellor/couples/${coupleId}/${category}`);
    const denied = await read("checkins");
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toMatchObject({ error: "consent_missing" });
    expect(denied.json().message).toContain("checkins");

    await alex.request("PUT", "/api/couple/counsellor-consent", { categories: ["checkins", "goals"] });
    expect((await read("checkins")).statusCode).toBe(403); // one partner is not enough
    const consent = (
      await sam.request("PUT", "/api/couple/counsellor-consent", {
        categories: ["goals", "checkins", "repairs"],
      })
    ).json().consent;
    expect(consent).toMatchObject({
      mine: ["checkins", "repairs", "goals"],
      partner: ["checkins", "goals"],
      effective: ["checkins", "goals"],
    });

    const sealed = await read("checkins");
    expect(sealed.statusCode).toBe(200);
    expect(sealed.json().checkins).toEqual([]); // not revealed yet
    expect(sealed.body).not.toContain("SEALED-ALEX");
    await sam.post(`/api/checkins/${checkin}/answers`, ANSWER("SAM"));
    expect((await read("checkins")).json().checkins[0].answers).toHaveLength(2);
    const goals = await read("goals");
    expect(goals.json().goals.map((g: { title: string }) => g.title)).toEqual(["Shared goal"]);
    expect((await read("repairs")).statusCode).toBe(403);

    const log = (await sam.get("/api/couple/access-log")).json().entries;
    expect(log.map((e: { category: string }) => e.category).sort()).toEqual([
      "checkins",
      "checkins",
      "goals",
    ]);
    expect(log[0].counsellor.displayName).toBe("Dr Rivera");

    // Either partner withdraws, at once.
    await sam.request("PUT", "/api/couple/counsellor-consent", { categories: ["checkins"] });
    expect((await read("goals")).statusCode).toBe(403);
    expect((await read("checkins")).statusCode).toBe(200);
    expect((await rivera.get("/api/counsellor/couples")).json().couples[0].categories).toEqual(["checkins"]);

    // Another counsellor, and a counsellor of another couple, see nothing.
    expect(
      (await (await counsellor(t, "Stranger")).get(`/api/counsellor/couples/${coupleId}/checkins`))
        .statusCode,
    ).toBe(404);
    expect(
      (await alex.request("PUT", "/api/couple/counsellor-consent", { categories: ["secrets"] })).statusCode,
    ).toBe(400);
  });

  it("assigns exercises from the catalogue onto the couple's to-do list", async () => {
    const [alex, sam] = await createCouple(t.app);
    const rivera = await counsellor(t);
    const { code } = (await sam.post("/api/couple/counsellor-invite")).json();
    const coupleId = (await rivera.post("/api/counsellor/join", { code })).json().couple.id;
    const assign = (body: object) => rivera.post(`/api/counsellor/couples/${coupleId}/exercises`, body);
    expect((await assign({ kind: "ritual", ref: "walk", note: "Before our next session" })).statusCode).toBe(
      201,
    );
    expect((await assign({ kind: "instrument", ref: "attachment" })).statusCode).toBe(201);
    expect((await assign({ kind: "ritual", ref: "skydiving" })).json().issues[0].field).toBe("ref");
    expect((await assign({ kind: "homework", ref: "walk" })).statusCode).toBe(400);
    const todo = (await alex.get("/api/couple/exercises")).json().exercises;
    expect(todo).toHaveLength(2);
    const done = await alex.post(`/api/couple/exercises/${todo[1].id}/done`);
    expect(done.json().exercise.doneBy.displayName).toBe("Alex");
    const [olive] = await createCouple(t.app);
    expect((await olive.post(`/api/couple/exercises/${todo[0].id}/done`)).statusCode).toBe(404);
  });

  it("a report is opened by the counsellor only after both approve, and only while consent holds", async () => {
    const [alex, sam] = await createCouple(t.app);
    const rivera = await counsellor(t);
    const { code } = (await alex.post("/api/couple/counsellor-invite")).json();
    const coupleId = (await rivera.post("/api/counsellor/join", { code })).json().couple.id;
    const today = t.clock.now().toISOString().slice(0, 10);
    expect((await alex.post("/api/couple/reports", { from: today, to: today })).statusCode).toBe(409); // nothing shared
    for (const who of [alex, sam])
      await who.request("PUT", "/api/couple/counsellor-consent", { categories: ["goals", "checkins"] });
    await alex.post("/api/goals", { title: "Ünïcödé goal — Ζωή, Жизнь" });
    await alex.post("/api/goals", { title: "PRIVATE-GOAL", visibility: "private" });
    expect(
      (await alex.post("/api/couple/reports", { from: today, to: "2020-01-01" })).json().issues[0].field,
    ).toBe("to");
    const created = await alex.post("/api/couple/reports", { from: "2026-01-01", to: today });
    expect(created.statusCode).toBe(201);
    const report = created.json().report;
    expect(report).toMatchObject({ categories: ["checkins", "goals"], approved: false });

    const preview = await sam.get(`/api/couple/reports/${report.id}/pdf`);
    expect(preview.headers["content-type"]).toContain("application/pdf");
    expect(preview.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(preview.rawPayload.includes(Buffer.from("PRIVATE-GOAL"))).toBe(false);

    const open = () => rivera.get(`/api/counsellor/reports/${report.id}/pdf`);
    expect((await open()).statusCode).toBe(404);
    await alex.post(`/api/couple/reports/${report.id}/approve`);
    expect((await rivera.get(`/api/counsellor/couples/${coupleId}/reports`)).json().reports).toEqual([]);
    t.clock.advance(HOUR);
    expect((await sam.post(`/api/couple/reports/${report.id}/approve`)).json().report.approved).toBe(true);
    const opened = await open();
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await alex.get("/api/couple/access-log")).json().entries[0].category).toBe("report");
    await sam.request("PUT", "/api/couple/counsellor-consent", { categories: ["checkins"] });
    expect((await open()).statusCode).toBe(403);
    expect((await alex.get(`/api/counsellor/reports/${report.id}/pdf`)).statusCode).toBe(403);
  });
});
