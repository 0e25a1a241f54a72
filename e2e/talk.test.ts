/**
 * "Talk" (issue 5) in real headless Chromium at 360 px against the real server, with two people
 * in two browser contexts: a sealed check-in (Asha answers; Ben sees that she has, never what;
 * Ben answers; both see the reveal side by side), an appreciation arriving live on Ben's open
 * screen, a timed letter that stays invisible to Ben before its time and arrives on his open
 * screen once the server's test clock is moved past it, an unsent letter that only Asha sees
 * until she sends a copy, and a check-in rhythm proposed and accepted. Every new screen
 * is checked with axe and for sideways scrolling at 320 px, and photographed.
 */
import type { APIRequestContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";

const canRun = chromiumGate("talk journey");

const CLIENT = { "x-mend-client": "e2e" };

describe.skipIf(!canRun)("journey: talk together", () => {
  const journey = useJourney({ testClock: true });
  const { newPage, checkScreen, pageProblems } = journey;

  const run = Date.now().toString(36);
  const asha = {
    displayName: "Asha",
    email: `asha-talk-${run}@example.com`,
    password: "lantern-orchard-copper-7",
  };
  const ben = {
    displayName: "Ben",
    email: `ben-talk-${run}@example.com`,
    password: "quiet-harbour-maple-42",
  };

  /** Registers through the API; the context keeps the session cookie for its pages. */
  async function register(request: APIRequestContext, person: typeof asha): Promise<void> {
    const response = await request.post(`${journey.server.baseUrl}/api/auth/register`, {
      data: person,
      headers: CLIENT,
    });
    expect(response.status(), await response.text()).toBe(201);
  }

  async function open(page: Page, path: string, heading: string): Promise<void> {
    await page.goto(`${journey.server.baseUrl}${path}`);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  async function rate(page: Page, question: string, value: number): Promise<void> {
    await page
      .getByRole("group", { name: question })
      .getByRole("radio", { name: String(value), exact: true })
      .check();
  }

  async function answerCheckin(
    page: Page,
    answers: { safety: number; trust: number; appreciation: string; worry: string; request: string },
  ): Promise<void> {
    await rate(page, "How safe did I feel?", answers.safety);
    await rate(page, "How much do I trust us right now?", answers.trust);
    await page.getByLabel("Something I appreciated").fill(answers.appreciation);
    await page.getByLabel("Something that worried me").fill(answers.worry);
    await page.getByLabel("One request").fill(answers.request);
    await page.getByRole("button", { name: "Seal my answers" }).click();
  }

  it("seals a check-in until both answer, updates live, keeps timed and unsent letters hidden", async () => {
    const a = await newPage();
    const b = await newPage();
    await register(a.request, asha);
    await register(b.request, ben);
    const invite = await a.request.post(`${journey.server.baseUrl}/api/couple/invite`, { headers: CLIENT });
    expect(invite.status()).toBeLessThan(300);
    const { code } = (await invite.json()) as { code: string };
    const join = await b.request.post(`${journey.server.baseUrl}/api/couple/join`, {
      data: { code },
      headers: CLIENT,
    });
    expect(join.status(), await join.text()).toBeLessThan(300);

    // 1. "Together" in the main navigation leads to check-ins, appreciations and letters.
    await open(a, "/journal", "Journal");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Together" }).click();
    await a.getByRole("heading", { level: 1, name: "Together" }).waitFor();
    await checkScreen(a, "together");

    // 2. A sealed check-in. Both open it; Asha answers first.
    await a.getByRole("link", { name: /^Check-ins/ }).click();
    await a.getByRole("heading", { level: 1, name: "Check-ins" }).waitFor();
    await open(b, "/checkins", "Check-ins");
    await a.getByRole("group", { name: "How safe did I feel?" }).waitFor();
    await checkScreen(a, "checkin-form");
    const ashaWorry = "I felt uneasy when the plans for Saturday changed without a word.";
    await answerCheckin(a, {
      safety: 7,
      trust: 6,
      appreciation: "Thank you for cooking on Tuesday.",
      worry: ashaWorry,
      request: "Could we plan the weekend together on Thursday evenings?",
    });
    await a.getByText("Your answers are sealed until Ben answers too.").waitFor();
    await checkScreen(a, "checkin-sealed");

    // Ben's open screen learns that Asha answered (live), but nothing of what she wrote.
    await b.getByText("Asha has answered — your turn.").waitFor({ timeout: 10_000 });
    expect(await b.locator("body").textContent()).not.toContain(ashaWorry);
    expect(await b.content()).not.toContain("plans for Saturday");
    await checkScreen(b, "checkin-partner-answered");

    const benWorry = "I worry that I come home too tired to really listen.";
    await answerCheckin(b, {
      safety: 8,
      trust: 7,
      appreciation: "I appreciated the walk by the river.",
      worry: benWorry,
      request: "Could we have one evening a week without phones?",
    });

    // Both see the reveal side by side, Asha without reloading.
    await b.getByText(/^You have both answered\./).waitFor();
    await b.getByTestId("reveal").getByText(ashaWorry).waitFor();
    await a.getByTestId("reveal").getByText(benWorry).waitFor({ timeout: 10_000 });
    await a.getByTestId("reveal").getByText("7 of 10").first().waitFor();
    await checkScreen(a, "checkin-reveal");

    // A later thought is a visible note, not an edit.
    await a.getByLabel("Add a note").fill("Thank you for saying that about listening.");
    await a.getByRole("button", { name: "Add note" }).click();
    await b.getByText("Thank you for saying that about listening.").waitFor({ timeout: 10_000 });

    // 3. Appreciations arrive live: Ben has the screen open, Asha sends one.
    await open(b, "/appreciations", "Appreciations");
    await b.getByText("No appreciations yet.", { exact: false }).waitFor();
    await open(a, "/appreciations", "Appreciations");
    const thanks = "Thank you for the tea this morning, it made my day.";
    await a.getByLabel("What I appreciate").fill(thanks);
    await a.getByRole("button", { name: "Send to Ben" }).click();
    await a.getByText("Sent. Ben can read it now.").waitFor();
    const sentAt = Date.now();
    await b.getByTestId("appreciation-list").getByText(thanks).waitFor({ timeout: 5_000 });
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    // The jar draws one of Asha's notes to Ben.
    await b.getByRole("button", { name: "Draw from the jar" }).click();
    await b.getByTestId("jar-note").getByText(thanks).waitFor();
    await checkScreen(b, "appreciations");

    // 4. A timed letter stays invisible to Ben before its time; Asha sees "Arrives on …".
    // (Its arrival is checked at the end, after moving the server's test clock, so that the
    // moved clock cannot affect the steps in between.)
    await open(a, "/letters", "Letters");
    await checkScreen(a, "letters");
    const timedText = "A letter for tomorrow evening, when the week is done.";
    await a.getByLabel("Your letter").fill(timedText);
    await a.getByLabel("Deliver it later").check();
    const tomorrow = await a.evaluate(() => {
      const date = new Date(Date.now() + 24 * 3600 * 1000);
      const pad = (n: number) => String(n).padStart(2, "0");
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
    });
    await a.getByLabel("Arrives on").fill(tomorrow);
    await a.getByRole("button", { name: "Send to arrive later" }).click();
    await a.getByText(/^Sealed until/).waitFor();
    const timedCard = a.getByTestId("letter").filter({ hasText: timedText });
    await timedCard.getByText(/^Arrives on /).waitFor();
    const mine = (await (await a.request.get(`${journey.server.baseUrl}/api/letters`)).json()) as {
      letters: { id: string; body: string }[];
    };
    const timedId = mine.letters.find((letter) => letter.body === timedText)?.id;
    expect(timedId).toBeTruthy();
    await open(b, "/letters", "Letters");
    await b.getByText("No letters yet.").waitFor();
    expect(await b.locator("body").textContent()).not.toContain(timedText);
    expect((await b.request.get(`${journey.server.baseUrl}/api/letters/${timedId}`)).status()).toBe(404);

    // 5. An unsent letter is unmistakably private; a copy can be sent later as a new letter.
    const unsentText = "Some things I am not ready to say out loud yet.";
    await a.getByRole("radio", { name: /An unsent letter/ }).check();
    await a.getByTestId("unsent-notice").waitFor();
    await a.getByLabel("Your letter").fill(unsentText);
    await checkScreen(a, "letters-unsent");
    await a.getByRole("button", { name: "Keep it unsent – only me" }).click();
    const unsentCard = a.getByTestId("unsent-list").getByTestId("letter").filter({ hasText: unsentText });
    await unsentCard.getByText("Unsent · only you, forever").waitFor();
    await b.reload();
    await b.getByRole("heading", { level: 1, name: "Letters" }).waitFor();
    expect(await b.locator("body").textContent()).not.toContain(unsentText);
    await unsentCard.getByRole("button", { name: "Send a copy to Ben" }).click();
    await a.getByRole("dialog").getByRole("button", { name: "Send the copy" }).click();
    await a.getByText("A copy is on its way to Ben.").waitFor();
    // Ben's open screen shows the copy once its "letter.delivered" event arrives; delivery runs
    // as a job, which the server checks every 15 s.
    await b.getByTestId("letter-list").getByText(unsentText).waitFor({ timeout: 20_000 });
    expect(await b.locator("body").textContent()).not.toContain(timedText);
    await checkScreen(b, "letters-received");

    // 6. A rhythm: Asha proposes, Ben accepts (his screen shows the proposal live).
    await open(a, "/checkins", "Check-ins");
    await open(b, "/checkins", "Check-ins");
    await a
      .getByRole("button", { name: "Suggest a different rhythm" })
      .or(a.getByLabel("How often"))
      .first()
      .waitFor();
    if (await a.getByRole("button", { name: "Suggest a different rhythm" }).isVisible()) {
      await a.getByRole("button", { name: "Suggest a different rhythm" }).click();
    }
    await a.getByLabel("How often").selectOption("weekly");
    await a.getByLabel("Day").selectOption({ label: "Sunday" });
    await a.getByLabel("Time", { exact: true }).fill("19:30");
    await a.getByLabel("Time zone").fill("Europe/Berlin");
    await a.getByRole("button", { name: "Propose this rhythm" }).click();
    await a
      .getByText("You proposed: Every Sunday at 19:30 (Europe/Berlin). Waiting for Ben to accept.")
      .waitFor();
    await b.getByText("Asha proposed: Every Sunday at 19:30 (Europe/Berlin).").waitFor({ timeout: 10_000 });
    await checkScreen(b, "checkin-rhythm-proposed");
    await b.getByRole("button", { name: "Accept this rhythm" }).click();
    await b.getByText("Agreed: Every Sunday at 19:30 (Europe/Berlin).").waitFor();
    await a.getByText("Agreed: Every Sunday at 19:30 (Europe/Berlin).").waitFor({ timeout: 10_000 });
    const calendar = a.getByRole("link", { name: "Add to my calendar (.ics)" });
    const href = await calendar.getAttribute("href");
    const ics = await a.request.get(`${journey.server.baseUrl}${href}`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain("BEGIN:VCALENDAR");
    await checkScreen(a, "checkin-rhythm-active");

    // 7. Time passes (the server's test clock moves 25 hours and runs the jobs that fell due):
    // the timed letter arrives on Ben's open screen without reloading, and Asha's "Arrives on …"
    // is gone.
    await open(b, "/letters", "Letters");
    await open(a, "/letters", "Letters");
    expect(await b.locator("body").textContent()).not.toContain(timedText);
    const advance = await a.request.post(`${journey.server.baseUrl}/api/test/clock/advance`, {
      data: { ms: 25 * 3_600_000 },
      headers: CLIENT,
    });
    expect(advance.status(), await advance.text()).toBe(200);
    await b.getByTestId("letter-list").getByText(timedText).waitFor({ timeout: 10_000 });
    expect((await b.request.get(`${journey.server.baseUrl}/api/letters/${timedId}`)).status()).toBe(200);
    await a.reload();
    await timedCard.waitFor();
    expect(await timedCard.getByText(/^Arrives on /).count()).toBe(0);

    expect(pageProblems).toEqual([]);
  });
});
