/**
 * "Know yourself" and "Understand" (issue 4) in real headless Chromium at 360 px against the real
 * server: two people sign up and link; one takes the self-worth check by keyboard, closes the tab
 * midway and carries on from the saved draft, sees the result and shares it; the partner takes and
 * shares theirs; both see the gentle side-by-side view; history shows a trend chart with a table;
 * a journal prompt opens from the result; a lesson is read and marked read. Every screen is checked
 * with axe, for sideways scrolling at 320 px, and photographed at 320, 360 and 1280 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { navigateTo } from "./support/nav.ts";

const canRun = chromiumGate("assessments journey");

/** Self-worth answers (1–4), in item order. Reverse keys make every item score 3 but s8 (4): mean 3.1. */
const ASHA_ANSWERS = [3, 2, 3, 3, 2, 3, 2, 4, 2, 2];
/** Ben: every item answered 2 → reverse-keyed ones score 3; mean (5×2 + 5×3) / 10 = 2.5. */
const BEN_ANSWERS = [2, 2, 2, 2, 2, 2, 2, 2, 2, 2];
const SCALE_MIN = 1;
const LABELS = ["Strongly disagree", "Disagree", "Agree", "Strongly agree"];

describe.skipIf(!canRun)("journey: know yourself, side by side, understand", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems, watch } = journey;

  const run = Date.now().toString(36);
  const asha = { name: "Asha", email: `asha-ky-${run}@example.com`, password: "lantern-orchard-copper-7" };
  const ben = { name: "Ben", email: `ben-ky-${run}@example.com`, password: "quiet-harbour-maple-42" };

  async function signUp(page: Page, person: typeof asha): Promise<void> {
    await page.goto(`${journey.server.baseUrl}/sign-up`);
    await page.getByLabel("Your name").fill(person.name);
    await page.getByLabel("E-mail").fill(person.email);
    await page.getByLabel("Password", { exact: true }).fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/journal$/);
  }

  async function goTo(page: Page, navName: string, heading: string | RegExp): Promise<void> {
    await navigateTo(page, navName);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  async function expectProgress(page: Page, number: number): Promise<void> {
    await page.getByRole("progressbar", { name: `Question ${number} of 10` }).waitFor();
  }

  /** Answers the current question with the keyboard only, then Enter to go on. */
  async function answerByKeyboard(page: Page, value: number): Promise<void> {
    const steps = value - SCALE_MIN;
    // Focus rests on the first answer of a new question: Space chooses it, arrows move on.
    await page.keyboard.press("Space");
    for (let i = 0; i < steps; i += 1) await page.keyboard.press("ArrowDown");
    const chosen = page.getByRole("radio", { name: LABELS[steps], exact: true });
    expect(await chosen.isChecked()).toBe(true);
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.keyboard.press("Enter");
  }

  async function answerByClick(page: Page, value: number): Promise<void> {
    await page.getByRole("radio", { name: LABELS[value - SCALE_MIN], exact: true }).check();
    await page.getByRole("button", { name: /^(Next|Finish)$/ }).click();
  }

  it("takes, resumes, shares and compares self-worth; reads a lesson", async () => {
    const a = await newPage();
    const b = await newPage();
    await signUp(a, asha);
    await signUp(b, ben);

    // Link the two.
    await goTo(a, "Partner", "Your partner");
    await a.getByRole("button", { name: "Create an invite code" }).click();
    const code = ((await a.getByTestId("invite-code").textContent()) ?? "").trim();
    await goTo(b, "Partner", "Your partner");
    await b.getByLabel("Invite code").fill(code);
    await b.getByRole("button", { name: "Link with my partner" }).click();
    await b.getByText("You and Asha are linked.").waitFor();
    await a.getByText("You and Ben are linked.").waitFor({ timeout: 20_000 });

    // 1. The assessments home lists the four instruments.
    await goTo(a, "Know yourself", "Know yourself");
    await expect.poll(() => a.getByTestId("instrument-card").count()).toBe(4);
    await checkScreen(a, "assessments-home");

    // 2. Asha starts self-worth: intro with the "not a diagnosis" note, then by keyboard.
    await a.getByRole("link", { name: "Start Self-worth" }).click();
    await a.getByRole("heading", { level: 1, name: "Self-worth" }).waitFor();
    await a.getByRole("heading", { name: "What this is not" }).waitFor();
    await checkScreen(a, "assessment-intro");
    await a.getByRole("button", { name: "Begin" }).focus();
    await a.keyboard.press("Enter");
    await expectProgress(a, 1);
    await checkScreen(a, "assessment-question");
    for (let i = 0; i < 5; i += 1) {
      await expectProgress(a, i + 1);
      await answerByKeyboard(a, ASHA_ANSWERS[i] ?? 1);
    }
    await expectProgress(a, 6);

    // 3. She closes the tab midway; a new tab offers to continue and resumes at question 6.
    const context = a.context();
    await a.close();
    const a2 = watch(await context.newPage());
    await a2.goto(`${journey.server.baseUrl}/assessments`);
    await a2.getByText("You answered 5 of 10. Your answers were kept.").waitFor();
    await a2.getByRole("link", { name: "Continue Self-worth" }).click();
    await a2.getByText("carry on from question 6").waitFor();
    await expectProgress(a2, 6);
    // The earlier answers are really there: Back shows question 5 answered.
    await a2.getByRole("button", { name: "Back" }).click();
    await expectProgress(a2, 5);
    expect(
      await a2.getByRole("radio", { name: LABELS[(ASHA_ANSWERS[4] ?? 1) - 1], exact: true }).isChecked(),
    ).toBe(true);
    await a2.getByRole("button", { name: "Next" }).click();
    await expectProgress(a2, 6);
    await a2.getByRole("radio").first().waitFor();
    await a2.getByRole("radio").first().focus();
    for (let i = 5; i < 10; i += 1) {
      await expectProgress(a2, i + 1);
      await answerByKeyboard(a2, ASHA_ANSWERS[i] ?? 1);
    }

    // 4. Finish: "Only me" by default, "Us" available now that they are linked.
    await a2.getByRole("heading", { name: "All questions answered" }).waitFor();
    expect(await a2.getByRole("radio", { name: "Only me", exact: true }).isChecked()).toBe(true);
    expect(await a2.getByRole("radio", { name: "Us", exact: true }).isDisabled()).toBe(false);
    await checkScreen(a2, "assessment-finish");
    await a2.getByRole("button", { name: "See my result – only me" }).click();
    await a2.getByRole("heading", { level: 1, name: "Self-worth: your result" }).waitFor();
    await a2.getByTestId("subscale-result").getByText("3.1 on a scale of 1 to 4").waitFor();
    await a2.getByTestId("subscale-result").getByText("Steady", { exact: true }).waitFor();
    await a2.getByRole("heading", { name: "What this is not" }).waitFor();
    await a2.getByRole("heading", { name: "Questions to reflect on" }).waitFor();
    await a2.getByText("Only you can see this result.").waitFor();
    await checkScreen(a2, "assessment-result");

    // 5. She shares it.
    await a2.getByRole("button", { name: "Share with Ben" }).click();
    await a2.getByRole("status").getByText("Shared with Ben.").waitFor();
    await a2.getByText("You and Ben can see this result.").waitFor();

    // 6. Ben takes it with taps and shares it at the end; both see the side-by-side view.
    await goTo(b, "Know yourself", "Know yourself");
    await b.getByText(/^Asha shared a result on/).waitFor();
    await b.getByRole("link", { name: "Start Self-worth" }).click();
    await b.getByRole("button", { name: "Begin" }).click();
    for (const value of BEN_ANSWERS) await answerByClick(b, value);
    await b.getByRole("radio", { name: "Us", exact: true }).check();
    await b.getByRole("button", { name: "See my result and share with Asha" }).click();
    await b.getByRole("heading", { level: 1, name: "Self-worth: your result" }).waitFor();
    await b.getByTestId("subscale-result").getByText("2.5 on a scale of 1 to 4").waitFor();
    const benCompare = b.getByTestId("comparison");
    await benCompare.getByRole("heading", { name: "Side by side with Asha" }).waitFor();
    await benCompare.getByText("Differences are something to talk about, not a score").waitFor();
    await benCompare.getByText(/^Asha, .*: Steady · 3\.1 on a scale of 1 to 4$/).waitFor();
    await checkScreen(b, "assessment-compare");

    await a2.reload();
    const ashaCompare = a2.getByTestId("comparison");
    await ashaCompare.getByRole("heading", { name: "Side by side with Ben" }).waitFor();
    await ashaCompare.getByText(/^Ben, .*: Mixed · 2\.5 on a scale of 1 to 4$/).waitFor();

    // 7. A second result gives a trend: chart (lazy-loaded uPlot) with a table alternative.
    await a2.goto(`${journey.server.baseUrl}/assessments/self-worth`);
    await a2.getByRole("button", { name: "Begin" }).click();
    for (const value of [3, 1, 3, 4, 1, 3, 1, 4, 2, 1]) await answerByClick(a2, value);
    await a2.getByRole("button", { name: "See my result – only me" }).click();
    await a2.getByRole("heading", { level: 1, name: "Self-worth: your result" }).waitFor();
    await a2.getByRole("link", { name: "See how this changes over time" }).click();
    await a2.getByRole("heading", { level: 1, name: "Self-worth: over time" }).waitFor();
    await a2.locator(".trend-chart__canvas canvas").waitFor();
    const table = a2.getByRole("table", { name: "Your results as a table" });
    await expect.poll(() => table.getByRole("row").count()).toBe(3);
    await checkScreen(a2, "assessment-history");

    // 8. The attachment result names the closest pattern gently (answers sent through the API).
    const instrument = (await (
      await a2.request.get(`${journey.server.baseUrl}/api/instruments/attachment`)
    ).json()) as {
      instrument: { items: { id: string }[] };
    };
    const responses = Object.fromEntries(instrument.instrument.items.map((item) => [item.id, 3]));
    const created = await a2.request.post(`${journey.server.baseUrl}/api/assessments`, {
      headers: { "x-mend-client": "e2e" },
      data: { instrumentId: "attachment", responses, visibility: "private" },
    });
    expect(created.status()).toBe(201);
    const attachment = (await created.json()) as { assessment: { id: string } };
    await a2.goto(`${journey.server.baseUrl}/assessments/attachment/results/${attachment.assessment.id}`);
    await a2.getByRole("heading", { name: "The nearest of four patterns" }).waitFor();
    await a2.getByText(/^Closest to (secure|anxious|avoidant|fearful): /).waitFor();
    await checkScreen(a2, "assessment-result-attachment");

    // 9. A suggested prompt opens the journal with that prompt chosen, private by default.
    await a2.goto(`${journey.server.baseUrl}/journal?prompt=need-to-ask`);
    await a2.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    expect(await a2.getByLabel("Guided prompt (optional)").inputValue()).toBe("need-to-ask");
    expect(await a2.getByLabel("Theme").inputValue()).toBe("trust");
    expect(await a2.getByRole("radio", { name: "Only me", exact: true }).isChecked()).toBe(true);
    await checkScreen(a2, "journal-prompt");

    // 10. Understand: a lesson is read and marked read; its closing link leads to the tool.
    await goTo(a2, "Understand", "Understand");
    await a2.getByText("0 of 6 read").waitFor();
    await checkScreen(a2, "lessons");
    await a2.getByRole("link", { name: "What trust issues are" }).click();
    await a2.getByRole("heading", { level: 1, name: "What trust issues are" }).waitFor();
    await a2.getByRole("button", { name: "Mark as read" }).click();
    await a2.getByRole("status").getByText("Marked as read.").waitFor();
    await a2.getByText(/^You read this on/).waitFor();
    await checkScreen(a2, "lesson");
    await a2.getByRole("link", { name: "Take the trust signals check" }).click();
    await a2.getByRole("heading", { level: 1, name: "Trust signals" }).waitFor();
    await goTo(a2, "Understand", "Understand");
    await a2.getByText("1 of 6 read").waitFor();

    expect(pageProblems).toEqual([]);
  }, 240_000);
});
