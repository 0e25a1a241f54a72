import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, createCouple, createTestApp, type TestApp } from "../support/app.ts";
import { DATABASES } from "../support/database.ts";

const REFLECTION = (marker: string) => ({
  happened: `We argued about the holiday ${marker}`,
  felt: "Dismissed and tired",
  myPart: "I raised my voice",
  wouldHelp: "Talking when we are both rested",
});

describe.each(DATABASES)("repairs on %s", (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(() => t.close());

  it("seals each reflection until both have written, then opens the repair conversation", async () => {
    const [alex, sam] = await createCouple(t.app);
    const created = await alex.post("/api/repairs", { title: "Saturday's argument", kind: "rupture" });
    expect(created.statusCode).toBe(201);
    const id = created.json().repair.id as string;
    expect(created.json().repair).toMatchObject({ status: "reflecting", revealed: false, myRole: null });

    await alex.request("PUT", `/api/repairs/${id}/reflection`, REFLECTION("SEALED-ALEX-1"));
    // Rewriting before the reveal is fine.
    const rewritten = await alex.request("PUT", `/api/repairs/${id}/reflection`, REFLECTION("SEALED-ALEX-2"));
    expect(rewritten.json().repair.mine.happened).toContain("SEALED-ALEX-2");
    const samView = await sam.get(`/api/repairs/${id}`);
    expect(samView.body).not.toContain("SEALED-ALEX");
    expect(samView.json().repair).toMatchObject({ partner: null, partnerWritten: true, mine: null });
    expect((await sam.get("/api/repairs")).body).not.toContain("SEALED-ALEX");
    expect((await sam.post(`/api/repairs/${id}/amends`, { body: "too early" })).statusCode).toBe(409);
    expect((await sam.request("PUT", `/api/repairs/${id}/ritual`, { ritual: "walk" })).statusCode).toBe(409);

    const revealed = await sam.request("PUT", `/api/repairs/${id}/reflection`, REFLECTION("SAM"));
    expect(revealed.json().repair).toMatchObject({ revealed: true, status: "talking" });
    expect(revealed.json().repair.partner.happened).toContain("SEALED-ALEX-2");
    expect((await alex.get(`/api/repairs/${id}`)).json().repair.partner.happened).toContain("SAM");
    // Sealed for good once revealed: nothing is rewritten.
    const late = await alex.request("PUT", `/api/repairs/${id}/reflection`, REFLECTION("LATE"));
    expect(late.statusCode).toBe(409);
    expect((await sam.get(`/api/repairs/${id}`)).body).not.toContain("LATE");

    await alex.post(`/api/repairs/${id}/amends`, { body: "I will say when I need a pause" });
    expect((await alex.post(`/api/repairs/${id}/ritual/done`)).statusCode).toBe(409);
    expect(
      (await sam.request("PUT", `/api/repairs/${id}/ritual`, { ritual: "walk", custom: "both" })).statusCode,
    ).toBe(400);
    await sam.request("PUT", `/api/repairs/${id}/ritual`, { custom: "Pancakes on Sunday" });
    const done = await alex.post(`/api/repairs/${id}/ritual/done`);
    expect(done.json().repair).toMatchObject({
      status: "done",
      ritual: { custom: "Pancakes on Sunday", ritual: null, chosenBy: { displayName: "Sam" } },
    });
    expect(done.json().repair.amends.map((a: { body: string }) => a.body)).toEqual([
      "I will say when I need a pause",
    ]);
  });

  it("keeps forgiveness private unless shared, and 'not yet' is an answer", async () => {
    const [alex, sam] = await createCouple(t.app);
    const id = (
      await alex.post("/api/repairs", { title: "The trip", kind: "betrayal", myRole: "hurt" })
    ).json().repair.id as string;
    expect((await sam.get(`/api/repairs/${id}`)).json().repair).toMatchObject({
      myRole: "broke-trust",
      recommendProfessional: true,
    });
    await alex.request("PUT", `/api/repairs/${id}/forgiveness`, {
      answer: "not-yet",
      note: "PRIVATE-FORGIVENESS",
    });
    expect((await alex.get(`/api/repairs/${id}`)).json().repair.forgiveness.mine.answer).toBe("not-yet");
    const samView = await sam.get(`/api/repairs/${id}`);
    expect(samView.body).not.toContain("PRIVATE-FORGIVENESS");
    expect(samView.json().repair.forgiveness.partner).toBeNull();
    await alex.request("PUT", `/api/repairs/${id}/forgiveness`, { answer: "partly", visibility: "couple" });
    expect((await sam.get(`/api/repairs/${id}`)).json().repair.forgiveness.partner.answer).toBe("partly");
  });

  it("answers bad input clearly and keeps other couples out", async () => {
    const [alex] = await createCouple(t.app);
    const [olive] = await createCouple(t.app);
    expect((await alex.post("/api/repairs", { title: "x", kind: "betrayal" })).json().issues[0].field).toBe(
      "myRole",
    );
    expect(
      (await alex.post("/api/repairs", { title: "x", kind: "rupture", myRole: "hurt" })).statusCode,
    ).toBe(400);
    expect((await alex.post("/api/repairs", { title: " ", kind: "rupture" })).statusCode).toBe(400);
    const id = (await alex.post("/api/repairs", { title: "x", kind: "rupture" })).json().repair.id;
    expect((await olive.get(`/api/repairs/${id}`)).statusCode).toBe(404);
    expect((await olive.request("PUT", `/api/repairs/${id}/reflection`, REFLECTION("O"))).statusCode).toBe(
      404,
    );
    expect(
      (await alex.request("PUT", `/api/repairs/${id}/reflection`, { ...REFLECTION("A"), felt: "" }))
        .statusCode,
    ).toBe(400);
    expect(
      (await alex.request("PUT", `/api/repairs/${id}/forgiveness`, { answer: "never" })).statusCode,
    ).toBe(400);
    const solo = await new Client(t.app).register();
    expect((await solo.post("/api/repairs", { title: "x", kind: "rupture" })).statusCode).toBe(409);
    expect((await alex.get("/api/repairs")).json().repairs).toHaveLength(1);
  });
});
