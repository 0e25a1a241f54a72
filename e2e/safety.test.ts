/**
 * "Stay safe" (issue 7) in real headless Chromium against the real server, with two people in
 * two browser contexts (Alex at 360 px, Sam at 1280 px): Alex takes the private check-in with
 * herself with concerning answers, the result offers safety mode, she turns it on; Sam's screen
 * then shows only the neutral "taking some time for individual work" — nothing about safety,
 * and nothing of Alex's note or answers — and a shared feature answers with the same neutral
 * notice. Crisis words typed in a composer bring up help with no network request at all. Quick
 * exit works by button and by Shift×3 on the new pages and leaves Mend out of Back. The server
 * runs with a deployment resource file, so local helplines (with a phone number) are shown.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshots } from "./support/browser.ts";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { moreButton, navigateTo } from "./support/nav.ts";

const canRun = chromiumGate("safety journey");

const CLIENT = { "x-mend-client": "e2e" };
const NEUTRAL_PATH = "/kitchen/lentil-soup.html";

/** A deployment's own helplines (made up for the test; the phone number is not real). */
const RESOURCES = {
  en: [
    {
      kind: "crisis-line",
      name: "Riverside Listening Line",
      description: "Someone to talk to, any time, about anything that feels too much.",
      phone: "0800 555 0101",
      hours: "24 hours, every day",
    },
    {
      kind: "domestic-abuse",
      name: "Harbour Domestic Abuse Service",
      description: "Confidential support and safety planning. They never contact your partner.",
      phone: "0800 555 0202",
      url: "https://example.org/harbour",
    },
    {
      kind: "emergency",
      name: "Emergency services",
      description: "If you are in danger right now.",
      phone: "112",
    },
  ],
};

describe.skipIf(!canRun)("journey: stay safe", () => {
  let resourceDir = "";
  const previousResources = process.env.MEND_RESOURCES_FILE;
  beforeAll(async () => {
    // Registered before useJourney's hook, so the server starts with the file in place.
    resourceDir = await mkdtemp(join(tmpdir(), "mend-resources-"));
    const file = join(resourceDir, "resources.json");
    await writeFile(file, JSON.stringify(RESOURCES));
    process.env.MEND_RESOURCES_FILE = file;
  });
  afterAll(async () => {
    if (previousResources === undefined) delete process.env.MEND_RESOURCES_FILE;
    else process.env.MEND_RESOURCES_FILE = previousResources;
    if (resourceDir) await rm(resourceDir, { recursive: true, force: true });
  });

  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;

  const run = Date.now().toString(36);
  const alex = {
    displayName: "Alex",
    email: `alex-s7-${run}@example.com`,
    password: "willow-lantern-pebble-31",
  };
  const sam = {
    displayName: "Sam",
    email: `sam-s7-${run}@example.com`,
    password: "granite-meadow-violet-58",
  };
  const alexNote = "Tuesday he read all my messages again and took my bank card.";

  async function register(request: APIRequestContext, person: typeof alex): Promise<void> {
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

  async function answer(page: Page, question: string, choice: "Never" | "Once or a few times" | "Often") {
    await page
      .getByRole("group", { name: question })
      .getByRole("radio", { name: choice, exact: true })
      .check();
  }

  /** After a quick exit, Back must not lead into Mend. */
  async function expectLeftMend(page: Page, screenshotName?: string): Promise<void> {
    await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
    await page.getByRole("heading", { level: 1 }).waitFor();
    if (screenshotName) await screenshots(page, screenshotName);
    expect(await page.content()).not.toMatch(/\bmend\b/i);
    await page.goBack().catch(() => null);
    await page.waitForTimeout(300);
    const url = new URL(page.url());
    const inMend = url.origin === journey.server.baseUrl && url.pathname !== NEUTRAL_PATH;
    expect(inMend, `Back led to ${page.url()}`).toBe(false);
  }

  it("keeps the check private, pauses shared features neutrally, and leaves no trace", async () => {
    const a = await newPage(360);
    const b = await newPage(1280);
    await register(a.request, alex);
    await register(b.request, sam);
    const invite = await a.request.post(`${journey.server.baseUrl}/api/couple/invite`, { headers: CLIENT });
    expect(invite.status()).toBeLessThan(300);
    const { code } = (await invite.json()) as { code: string };
    const join = await b.request.post(`${journey.server.baseUrl}/api/couple/join`, {
      data: { code },
      headers: CLIENT,
    });
    expect(join.status(), await join.text()).toBeLessThan(300);

    // Sam has the Together page open the whole time.
    await open(b, "/together", "Together");
    await b.getByRole("link", { name: /^Check-ins/ }).waitFor();

    // 1. "Support" in the menu: an everyday word. The check-in with oneself is one link away.
    await open(a, "/journal", "Journal");
    await navigateTo(a, "Support");
    await a.getByRole("heading", { level: 1, name: "Getting support" }).waitFor();
    const helpline = a.getByTestId("resources").getByTestId("resource").filter({ hasText: "Riverside" });
    await helpline.waitFor();
    expect(await helpline.getByRole("link", { name: "Call 0800 555 0101" }).getAttribute("href")).toBe(
      "tel:08005550101",
    );
    await a.getByText("It is not therapy and not a crisis service", { exact: false }).first().waitFor();
    await checkScreen(a, "support");

    await a.getByRole("link", { name: /^Check in with yourself/ }).click();
    await a.getByRole("heading", { level: 1, name: "Check in with yourself" }).waitFor();
    await a.getByText("You have not done this before.").waitFor();

    // Sending with questions open says so kindly and marks them in words, not only colour.
    await a.getByRole("button", { name: "See what this means" }).click();
    await a
      .getByRole("alert")
      .getByText("Please choose an answer for each question.", { exact: false })
      .waitFor();
    expect(await a.getByText("Not answered yet").count()).toBe(12);
    await checkScreen(a, "safety-check-missing");

    // 2. Concerning answers: fear together with control of phone and friends.
    const items = {
      fear: "I feel afraid of my partner, or of what they might do.",
      phone: "My partner goes through my phone or messages, or insists on knowing my passwords.",
      isolation: "My partner limits or stops me from seeing or talking to friends or family.",
    };
    const groups = a.getByRole("group");
    expect(await groups.count()).toBe(12);
    for (let index = 0; index < 12; index++) {
      await groups.nth(index).getByRole("radio", { name: "Never", exact: true }).check();
    }
    await answer(a, items.fear, "Often");
    await answer(a, items.phone, "Once or a few times");
    await answer(a, items.isolation, "Once or a few times");
    await a.getByLabel("Anything you want to note for yourself (optional)").fill(alexNote);
    await a.getByText("12 of 12 answered").waitFor();
    await checkScreen(a, "safety-check");
    await a.getByRole("button", { name: "See what this means" }).click();

    // 3. A calm result: the level, the answers behind it, the offer and the advice.
    await a.getByRole("heading", { level: 1, name: "What your answers mean" }).waitFor();
    const result = a.getByTestId("safety-result");
    await result.getByRole("heading", { name: "What you describe sounds hard, and it matters" }).waitFor();
    await result.getByText(items.fear).waitFor();
    await result.getByText(items.phone).waitFor();
    await a.getByText("You can turn on safety mode.", { exact: false }).waitFor();
    await a.getByText("couples counselling is not recommended", { exact: false }).waitFor();
    await a.getByTestId("resources").getByText("Harbour Domestic Abuse Service", { exact: true }).waitFor();
    await checkScreen(a, "safety-result");

    // 4. Safety mode on: the shared hub leaves the menu, and a neutral line appears.
    await a.getByRole("button", { name: "Turn on safety mode" }).click();
    await a.getByRole("status").getByText("Safety mode is on.").waitFor();
    await a
      .getByText("Safety mode is on. Shared features are paused for both of you.", { exact: false })
      .waitFor();
    await a.getByTestId("paused-banner").waitFor();
    const alexNav = a.getByRole("navigation", { name: "Main" });
    expect(await alexNav.getByRole("link", { name: "Together" }).count()).toBe(0);
    // Heal, the other shared hub, leaves too (on Alex's phone it would sit under More).
    await moreButton(a).click();
    await alexNav.getByRole("link", { name: "Pace", exact: true }).waitFor();
    expect(await alexNav.getByRole("link", { name: "Heal" }).count()).toBe(0);
    await moreButton(a).click();
    await checkScreen(a, "safety-mode-on");

    // 5. Sam's open screen: only the neutral words, nothing about safety, the note or answers.
    await b.reload();
    await b.getByRole("heading", { level: 1, name: "Together" }).waitFor();
    await b.getByText("Taking some time for individual work").waitFor();
    await b.getByTestId("paused-banner").waitFor();
    expect(await b.getByRole("link", { name: /^Check-ins/ }).count()).toBe(0);
    expect(
      await b.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Together" }).count(),
    ).toBe(0);
    await expectNothingRevealed(b);
    await checkScreen(b, "safety-partner-paused");

    // 6. Sam tries a shared feature directly: the same neutral notice, not an error.
    await open(b, "/checkins", "Check-ins");
    await b.getByTestId("couple-paused").first().waitFor();
    expect(await b.getByRole("alert").count()).toBe(0);
    // Sending something shared is refused with the same neutral words, and the text is kept.
    await open(b, "/appreciations", "Appreciations");
    await b.getByLabel("What I appreciate").fill("Thank you for the coffee.");
    await b.getByRole("button", { name: "Send to Alex" }).click();
    await b
      .getByText("Shared features are paused for now, so this was not sent.", { exact: false })
      .waitFor();
    expect(await b.getByLabel("What I appreciate").inputValue()).toBe("Thank you for the coffee.");
    await expectNothingRevealed(b);
    await checkScreen(b, "safety-partner-shared-feature");
    // What Sam's API says about the pause: that it is paused, never who or why.
    const me = (await (await b.request.get(`${journey.server.baseUrl}/api/me`)).json()) as unknown;
    expect(JSON.stringify(me)).not.toMatch(/safety/i);
    expect((await b.request.get(`${journey.server.baseUrl}/api/safety/checks`)).ok()).toBe(true);
    const samChecks = (await (await b.request.get(`${journey.server.baseUrl}/api/safety/checks`)).json()) as {
      checks: unknown[];
    };
    expect(samChecks.checks).toEqual([]);

    // 7. Crisis words in a composer: help appears inline, and not one request is made for it.
    await open(a, "/journal", "Journal");
    const field = a.getByLabel("Your entry", { exact: true });
    await field.waitFor();
    // Everything the field needs (the reader, the resources) is fetched when it appears.
    await a.waitForLoadState("networkidle").catch(() => undefined);
    await a.waitForTimeout(800);
    const requests: string[] = [];
    const onRequest = (request: { url: () => string }) => requests.push(request.url());
    a.on("request", onRequest);
    await field.pressSequentially("Some days I just want to die.", { delay: 20 });
    const note = a.getByTestId("crisis-note");
    await note.getByText("You don’t have to carry this alone").waitFor();
    await note.getByRole("link", { name: "Call 0800 555 0101" }).waitFor();
    await a.waitForTimeout(1000);
    a.off("request", onRequest);
    expect(requests, "requests made while typing crisis words").toEqual([]);
    // Polite, and it never took focus from the writing.
    expect(await a.evaluate(() => document.activeElement?.tagName)).toBe("TEXTAREA");
    await checkScreen(a, "crisis-note");
    await note.getByRole("button", { name: "Not now" }).click();
    expect(await a.getByTestId("crisis-note").count()).toBe(0);
    expect(await field.inputValue()).toBe("Some days I just want to die.");

    // 8. Quick exit by button on the Support page, and by Shift×3 on the check-in page. Each in
    // a fresh tab of Alex's browser, moving inside Mend by its own links (as a person would),
    // so the tab's history holds only what Mend itself put there.
    const first = journey.watch(await a.context().newPage());
    await open(first, "/journal", "Journal");
    await navigateTo(first, "Support");
    await first.getByRole("heading", { level: 1, name: "Getting support" }).waitFor();
    await first.getByRole("button", { name: "Quick exit" }).click();
    await expectLeftMend(first, "safety-quick-exit");

    const second = journey.watch(await a.context().newPage());
    await open(second, "/support", "Getting support");
    await second.getByRole("link", { name: /^Check in with yourself/ }).click();
    await second.getByRole("heading", { level: 1, name: "Check in with yourself" }).waitFor();
    await second.keyboard.press("Shift");
    await second.keyboard.press("Shift");
    await second.keyboard.press("Shift");
    await expectLeftMend(second);

    expect(pageProblems).toEqual([]);

    /** The partner's page: no word about safety, and nothing Alex wrote or answered. */
    async function expectNothingRevealed(page: Page): Promise<void> {
      const text = (await page.locator("body").textContent()) ?? "";
      expect(text).not.toMatch(/safety/i);
      expect(text).not.toContain("Tuesday");
      const html = await page.content();
      expect(html).not.toContain(alexNote);
      for (const item of Object.values(items)) expect(html).not.toContain(item);
    }
  });
});
