/**
 * "Get support" (issue 7, the counsellor half) in real headless Chromium against the real server,
 * with three people in three browser contexts: Alex and Sam (a linked couple with one revealed
 * check-in) and Dr Rivera, who signs up as a counsellor. Alex invites Rivera; Rivera joins with the
 * code and finds nothing shared; Alex and then Sam consent to check-ins and goals; Rivera reads the
 * check-in and the couple's access log shows it; Alex makes a session-prep summary, previews it,
 * both approve; Rivera opens the PDF; Sam withdraws check-ins and at once Rivera's next look shows
 * the kind "not shared" explanation and the summary no longer opens. Every new screen is checked
 * with axe and for sideways scrolling at 320 px, and photographed at 320, 360 and 1280 px. At the
 * end Rivera, signed in on a second browser too, ends that session from the sessions screen.
 */
import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";

const canRun = chromiumGate("counsellor journey");

const CLIENT = { "x-mend-client": "e2e" };

describe.skipIf(!canRun)("journey: a counsellor by consent", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;

  const run = Date.now().toString(36);
  const alex = {
    displayName: "Alex",
    email: `alex-c-${run}@example.com`,
    password: "saffron-meadow-lantern-3",
  };
  const sam = { displayName: "Sam", email: `sam-c-${run}@example.com`, password: "granite-willow-teapot-81" };
  const rivera = {
    displayName: "Dr Rivera",
    email: `rivera-${run}@example.com`,
    password: "consulting-room-fern-52",
  };
  const samWorry = "I worried when the evening plans changed without a word.";

  const url = (path: string) => `${journey.server.baseUrl}${path}`;

  async function register(request: APIRequestContext, person: typeof alex): Promise<void> {
    const response = await request.post(url("/api/auth/register"), { data: person, headers: CLIENT });
    expect(response.status(), await response.text()).toBe(201);
  }

  async function answerCurrentCheckin(request: APIRequestContext, answers: Record<string, string | number>) {
    const current = await request.get(url("/api/checkins/current"));
    expect(current.status(), await current.text()).toBe(200);
    const { checkin } = (await current.json()) as { checkin: { id: string } };
    const answered = await request.post(url(`/api/checkins/${checkin.id}/answers`), {
      data: answers,
      headers: CLIENT,
    });
    expect(answered.status(), await answered.text()).toBeLessThan(300);
  }

  async function open(page: Page, path: string, heading: string): Promise<void> {
    await page.goto(url(path));
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  /** Ticks exactly `labels` in my consent checklist and saves. */
  async function consentTo(page: Page, labels: string[]): Promise<void> {
    const group = page.getByRole("group", { name: "I agree to share" });
    for (const name of ["Assessments", "Check-ins", "Commitments", "Repairs", "Boundaries", "Goals"]) {
      await group.getByRole("checkbox", { name }).setChecked(labels.includes(name));
    }
    await page.getByRole("button", { name: "Save my choices" }).click();
    await page.getByText(/^Saved\./).waitFor();
  }

  it("invites, consents, logs every look, approves a summary and withdraws at once", async () => {
    const a = await newPage();
    const s = await newPage();
    const r = await newPage(1280);

    // The couple, linked through the API, with one revealed check-in.
    await register(a.request, alex);
    await register(s.request, sam);
    const invite = await a.request.post(url("/api/couple/invite"), { headers: CLIENT });
    const { code: coupleCode } = (await invite.json()) as { code: string };
    const joined = await s.request.post(url("/api/couple/join"), {
      data: { code: coupleCode },
      headers: CLIENT,
    });
    expect(joined.status(), await joined.text()).toBeLessThan(300);
    await answerCurrentCheckin(a.request, {
      safety: 7,
      trust: 6,
      appreciation: "Thank you for the walk on Sunday.",
      worry: "I felt unsure when we did not talk on Friday.",
      request: "Could we keep Thursday evenings for us?",
    });
    await answerCurrentCheckin(s.request, {
      safety: 8,
      trust: 7,
      appreciation: "I liked cooking together.",
      worry: samWorry,
      request: "Could we plan the week on Sundays?",
    });

    // 1. Rivera signs up through the counsellor path and lands in the counsellor area.
    await open(r, "/sign-up", "Create your account");
    await r.getByRole("link", { name: "I am a counsellor" }).click();
    await r.getByRole("heading", { level: 1, name: "Create a counsellor account" }).waitFor();
    // The box beside the form speaks to a counsellor, not to a partner.
    const about = r.getByRole("complementary", { name: "Mend for counsellors" });
    await about.getByText("the couple sees it in their access log", { exact: false }).waitFor();
    expect(await about.textContent()).not.toContain("Invite your partner");
    await checkScreen(r, "counsellor-sign-up");
    await r.getByLabel("Your name").fill(rivera.displayName);
    await r.getByLabel("E-mail").fill(rivera.email);
    await r.getByLabel("Password", { exact: true }).fill(rivera.password);
    await r.getByRole("button", { name: "Create account" }).click();
    await r.getByRole("heading", { level: 1, name: "Your couples" }).waitFor();
    await r.getByText("No couples yet.", { exact: false }).waitFor();
    expect(await r.getByRole("navigation", { name: "Main" }).count()).toBe(0);
    // The partners' screens are not for counsellors: they come back to their own area.
    await r.goto(url("/journal"));
    await r.getByRole("heading", { level: 1, name: "Your couples" }).waitFor();
    await checkScreen(r, "counsellor-dashboard-empty");

    // 2. Alex finds the counsellor page from Together and creates a code.
    await open(a, "/together", "Together");
    await a.getByRole("link", { name: /^Your counsellor/ }).click();
    await a.getByRole("heading", { level: 1, name: "Your counsellor" }).waitFor();
    await a.getByText("Never shareable, whatever you choose", { exact: false }).waitFor();
    await checkScreen(a, "support-page-start");
    await a.getByRole("button", { name: "Create a code for a counsellor" }).click();
    const code = (await a.getByTestId("counsellor-invite-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await a.getByText(/^Works once, until/).waitFor();
    await checkScreen(a, "support-invite-code");

    // 3. Rivera joins with the code; nothing is shared yet, and the couple page says so kindly.
    await r.getByLabel("Code from the couple").fill(code.toLowerCase());
    await r.getByRole("button", { name: "Join" }).click();
    await r.getByText("You joined Alex and Sam.", { exact: false }).waitFor();
    await r.getByText("They have not both chosen to share anything yet.").waitFor();
    await checkScreen(r, "counsellor-dashboard");
    await r.getByRole("link", { name: "Alex and Sam" }).click();
    await r.getByRole("heading", { level: 1, name: "Alex and Sam" }).waitFor();
    await r.getByTestId("not-shared").waitFor();
    await r.getByRole("link", { name: /^Check-ins/ }).click();
    await r.getByText("Check-ins are not shared with you").waitFor();
    expect(await r.locator("body").textContent()).not.toContain(samWorry);
    expect(await r.getByRole("alert").count()).toBe(0);
    await checkScreen(r, "counsellor-couple-not-shared");

    // Alex's page learns live that a counsellor joined.
    await a
      .getByTestId("linked-counsellors")
      .getByText(/^Dr Rivera, joined on/)
      .waitFor({ timeout: 10_000 });

    // 4. Alex consents to check-ins and goals: the counsellor still sees nothing until Sam agrees.
    await consentTo(a, ["Check-ins", "Goals"]);
    await a
      .getByTestId("consent-now")
      .getByText("Right now your counsellor sees nothing from Mend.")
      .waitFor();
    await a.getByTestId("consent-checkins").getByText("Your counsellor does not see this").waitFor();
    await open(s, "/couple/counsellor", "Your counsellor");
    await s.getByTestId("consent-checkins").getByText("Alex agrees").waitFor();
    await consentTo(s, ["Check-ins", "Goals"]);
    await s
      .getByTestId("consent-now")
      .getByText("Right now your counsellor sees: Check-ins, Goals.")
      .waitFor();
    await s.getByTestId("consent-checkins").getByText("Your counsellor sees this").waitFor();
    await checkScreen(s, "support-consent-both");
    // Alex's open page follows live.
    await a
      .getByTestId("consent-checkins")
      .getByText("Your counsellor sees this")
      .waitFor({ timeout: 10_000 });

    await a
      .getByTestId("consent-now")
      .getByText("Right now your counsellor sees: Check-ins, Goals.")
      .waitFor({ timeout: 10_000 });

    // 5. Rivera now reads the revealed check-in.
    await r.reload();
    await r.getByRole("heading", { level: 1, name: "Alex and Sam" }).waitFor();
    await r.getByTestId("counsellor-checkins").getByText(samWorry).waitFor();
    await checkScreen(r, "counsellor-couple-checkins");

    // 6. The access log on Alex's screen shows the look (live, without reloading).
    await a
      .getByTestId("access-log")
      .getByText("Dr Rivera looked at your check-ins")
      .first()
      .waitFor({ timeout: 10_000 });
    await checkScreen(a, "support-access-log");

    // 7. Rivera assigns an exercise; it lands on the couple's to-do and Sam marks it done.
    await r.getByLabel("Kind of exercise").selectOption({ label: "Repair ritual" });
    await r.getByLabel("Exercise", { exact: true }).selectOption({ label: "A walk together" });
    await r.getByLabel("A note for them (optional)").fill("Try it once before we meet again.");
    await r.getByRole("button", { name: "Assign to Alex and Sam" }).click();
    await r.getByText("Assigned. Alex and Sam will see it on their to-do list.").waitFor();
    await s.getByTestId("exercise-todo").getByText("A walk together").waitFor({ timeout: 10_000 });
    await s.getByRole("button", { name: "Mark as done" }).click();
    await s
      .getByTestId("exercise-todo")
      .getByText(/^Done by Sam on/)
      .waitFor();
    // Events go to the partners only; the counsellor's screen learns on the next look.
    await r.reload();
    await r
      .getByTestId("counsellor-exercises")
      .getByText(/^Done by Sam on/)
      .waitFor();

    // 8. Alex makes a summary and previews it; both approve.
    await a.getByRole("button", { name: "Make a summary" }).click();
    await a.getByText("Made. Look at the preview", { exact: false }).waitFor();
    const report = a.getByTestId("report").first();
    await report.getByText("You have not approved it yet").waitFor();
    await report.getByText("Sam has not approved it yet").waitFor();
    const previewHref = await report
      .getByRole("link", { name: "Preview (PDF, new tab)" })
      .getAttribute("href");
    const preview = await a.request.get(url(previewHref ?? ""));
    expect(preview.status()).toBe(200);
    expect(preview.headers()["content-type"]).toContain("application/pdf");
    expect((await preview.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
    await report.getByRole("button", { name: "Approve" }).click();
    await report.getByText("You approved it").waitFor();
    await checkScreen(a, "support-report-approved-by-me");
    // Rivera cannot open it yet.
    await r.reload();
    await r.getByText("No approved summaries yet.").waitFor();
    const samReport = s.getByTestId("report").first();
    await samReport.getByText("Alex approved it").waitFor({ timeout: 10_000 });
    await samReport.getByRole("button", { name: "Approve" }).click();
    await samReport.getByText("Your counsellor can open it.").waitFor();
    await a.getByTestId("report").first().getByText("Sam approved it").waitFor({ timeout: 10_000 });

    // 9. Rivera opens it.
    await r.reload();
    const open_ = r
      .getByTestId("counsellor-reports")
      .getByRole("link", { name: "Open the summary (PDF, new tab)" });
    await open_.waitFor();
    await checkScreen(r, "counsellor-couple-report");
    const pdf = await r.request.get(url((await open_.getAttribute("href")) ?? ""));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString("latin1")).toBe("%PDF");
    await a
      .getByTestId("access-log")
      .getByText("Dr Rivera opened your session-prep summary")
      .waitFor({ timeout: 10_000 });

    // 10. Sam withdraws check-ins: Rivera's next look shows the explanation, the summary is closed.
    await consentTo(s, ["Goals"]);
    await s.getByTestId("consent-now").getByText("Right now your counsellor sees: Goals.").waitFor();
    await r.getByRole("link", { name: /^Goals/ }).click();
    await r.getByRole("heading", { level: 2, name: "Goals" }).waitFor();
    await r.getByRole("link", { name: /^Check-ins/ }).click();
    await r.getByText("Check-ins are not shared with you").waitFor();
    expect(await r.locator("body").textContent()).not.toContain(samWorry);
    await r
      .getByTestId("counsellor-reports")
      .getByText("Not available right now", { exact: false })
      .waitFor({ timeout: 10_000 });
    expect(await r.getByRole("link", { name: "Open the summary (PDF, new tab)" }).count()).toBe(0);
    const refusedDirect = await r.request.get(url(new URL(pdf.url()).pathname));
    expect(refusedDirect.status()).toBe(403);
    await checkScreen(r, "counsellor-couple-withdrawn");
    await a.getByTestId("consent-checkins").getByText("Sam has not ticked this").waitFor({ timeout: 10_000 });
    await checkScreen(a, "support-after-withdrawal");

    // 11. Rivera also signed in on a practice laptop, and ends that session from Sign-in sessions.
    const laptop = await newPage();
    await laptop.goto(url("/sign-in"));
    await laptop.getByLabel("E-mail").fill(rivera.email);
    await laptop.getByLabel("Password", { exact: true }).fill(rivera.password);
    await laptop.getByRole("button", { name: "Sign in" }).click();
    await laptop.getByRole("heading", { level: 1, name: "Your couples" }).waitFor();
    const counsellorNav = r.getByRole("navigation", { name: "Counsellor" });
    await counsellorNav.getByRole("link", { name: "Sign-in sessions" }).click();
    await r.getByRole("heading", { level: 1, name: "Sessions and sign out" }).waitFor();
    expect(
      await counsellorNav.getByRole("link", { name: "Sign-in sessions" }).getAttribute("aria-current"),
    ).toBe("page");
    expect(
      await counsellorNav.getByRole("link", { name: "Couples" }).getAttribute("aria-current"),
    ).toBeNull();
    // This browser's session comes first and is marked; the laptop's can be ended.
    const current = r.locator(".session--current");
    await current.getByText("This device", { exact: true }).waitFor();
    await current.getByRole("button", { name: "Sign out on this device" }).waitFor();
    const endButtons = r.getByRole("button", { name: /^End session on/ });
    await endButtons.first().waitFor();
    expect(await endButtons.count()).toBe(1);
    // The coach setting is for writing to a partner; a counsellor does not get it.
    expect(await r.getByRole("switch", { name: "Message coach" }).count()).toBe(0);
    await checkScreen(r, "counsellor-sessions");
    await endButtons.first().click();
    await r.getByText("Session ended. That device is signed out.").waitFor();
    await r.getByText("No other devices are signed in.").waitFor();
    await checkScreen(r, "counsellor-sessions-ended");
    await laptop.reload();
    await laptop.waitForURL(/\/sign-in$/);
    // A link to the partners' sessions screen (a bookmark, an e-mail) lands on the counsellor's.
    await r.goto(url("/sessions"));
    await r.waitForURL(/\/counsellor\/sessions$/);
    await r.getByText("No other devices are signed in.").waitFor();
    // This browser is still signed in, and signing out stays one tap away on the start page.
    await counsellorNav.getByRole("link", { name: "Couples" }).click();
    await r.getByRole("heading", { level: 1, name: "Your couples" }).waitFor();
    await r.getByRole("button", { name: "Sign out", exact: true }).click();
    await r.waitForURL(/\/sign-in$/);

    expect(pageProblems).toEqual([]);
  });
});
