/**
 * The message coach in real headless Chromium against the real server (issue 3, item 5), by
 * keyboard alone once the page is open: a linked person writes an "Us" entry that blames, sees
 * the highlight and the list of what the coach noticed, tabs to a flag and reads its
 * explanation, opens "Try this instead" and accepts it (Undo brings their words back), then
 * turns the coach off in Settings and the field is plain again. axe, overflow at 320 px and
 * screenshots at 320, 360 and 1280 px on each coached screen.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshots } from "./support/browser.ts";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { mainNavLink } from "./support/nav.ts";

const CLIENT = { "x-mend-client": "web" } as const;

const canRun = chromiumGate("message coach journey");

describe.skipIf(!canRun)("message coach: highlights, explanations and a rewrite, by keyboard", () => {
  const journey = useJourney();
  const { newContext, checkScreen, pageProblems } = journey;
  const newPage = async (context: BrowserContext): Promise<Page> => journey.watch(await context.newPage());

  /** The element that has focus, described by role-ish facts the test can compare. */
  function focused(page: Page) {
    return page.evaluate(() => {
      const element = document.activeElement;
      return {
        tag: element?.tagName.toLowerCase() ?? "",
        text: element?.textContent?.trim() ?? "",
        expanded: element?.getAttribute("aria-expanded") ?? null,
      };
    });
  }

  /** Presses Tab until the focused element's text matches, at most `limit` times. */
  async function tabTo(page: Page, text: RegExp, limit = 12): Promise<void> {
    for (let i = 0; i < limit; i += 1) {
      await page.keyboard.press("Tab");
      if (text.test((await focused(page)).text)) return;
    }
    throw new Error(`Tab never reached ${text}; focus is on ${JSON.stringify(await focused(page))}`);
  }

  async function chooseUs(page: Page): Promise<void> {
    // A radio group is moved with the arrow keys.
    await page.getByRole("radio", { name: "Only me", exact: true }).focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("radio", { name: "Us", exact: true }).isChecked()).toBe(true);
  }

  const run = Date.now().toString(36);
  const asha = {
    displayName: "Asha",
    email: `coach-asha-${run}@example.com`,
    password: "lantern-orchard-copper-7",
  };
  const ben = {
    displayName: "Ben",
    email: `coach-ben-${run}@example.com`,
    password: "quiet-harbour-maple-42",
  };
  const blaming = "You never listen to me and it's your fault we fight.";

  it("marks blame as it is typed, explains it, offers an I-statement, and can be turned off", async () => {
    // Setup through the API: Asha and Ben register, Asha invites, Ben joins.
    const aContext = await newContext(360);
    const bContext = await newContext(360);
    const register = async (context: BrowserContext, person: typeof asha) => {
      const response = await context.request.post(`${journey.server.baseUrl}/api/auth/register`, {
        data: person,
        headers: CLIENT,
      });
      expect(response.status()).toBe(201);
    };
    await register(aContext, asha);
    await register(bContext, ben);
    const invite = await aContext.request.post(`${journey.server.baseUrl}/api/couple/invite`, {
      headers: CLIENT,
    });
    const { code } = (await invite.json()) as { code: string };
    const join = await bContext.request.post(`${journey.server.baseUrl}/api/couple/join`, {
      data: { code },
      headers: CLIENT,
    });
    expect(join.status()).toBe(200);

    const page = await newPage(aContext);
    await page.goto(`${journey.server.baseUrl}/journal`);
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    const field = page.getByRole("textbox", { name: "Your entry" });

    // 1. Private entries get a plain field: no coach while "Only me" is chosen.
    await field.focus();
    await page.keyboard.type("You never listen.", { delay: 5 });
    await page.waitForTimeout(400);
    expect(await page.getByTestId("coach-mirror").count()).toBe(0);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");

    // 2. Writing to the partner ("Us"): the coach highlights while typing.
    await chooseUs(page);
    await field.focus();
    await page.keyboard.type(blaming, { delay: 15 });
    const summary = page.getByTestId("coach-summary");
    await summary.getByText("2 things the coach noticed").waitFor();
    const marks = page.getByTestId("coach-mirror").locator("mark");
    expect(await marks.allTextContents()).toEqual(["You never", "your fault"]);
    // The highlight is a wavy underline as well as a tint: not colour alone.
    expect(await marks.first().evaluate((mark) => getComputedStyle(mark).textDecorationStyle)).toBe("wavy");
    // And it shows: the field above the mirror lets it through (a painted field once hid it).
    expect(await field.evaluate((area) => getComputedStyle(area).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    // The live summary describes the field.
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    expect(describedBy.split(" ")).toContain(await summary.getAttribute("id"));
    expect(await summary.getAttribute("role")).toBe("status");
    // The mirror sits exactly under the textarea's text box.
    const [areaBox, mirrorBox] = await Promise.all([
      field.evaluate((area) => {
        const rect = area.getBoundingClientRect();
        return { x: rect.x + area.clientLeft, y: rect.y + area.clientTop, width: area.clientWidth };
      }),
      page.getByTestId("coach-mirror").boundingBox(),
    ]);
    expect(Math.abs((mirrorBox?.x ?? 0) - areaBox.x)).toBeLessThan(1);
    expect(Math.abs((mirrorBox?.y ?? 0) - areaBox.y)).toBeLessThan(1);
    expect(Math.abs((mirrorBox?.width ?? 0) - areaBox.width)).toBeLessThan(1);

    const flagList = page.getByRole("list", { name: "What the coach noticed" });
    expect(await flagList.getByRole("button").allTextContents()).toEqual([
      "Always or never: “You never”",
      "Blame: “your fault”",
    ]);

    // 3. Tab from the field to the first flag: its explanation opens.
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "button", expanded: "true" });
    expect((await focused(page)).text).toMatch(/^Always or never/);
    const explanation = page.getByText("Words like “always” and “never” turn one moment into a rule");
    expect(await explanation.isVisible()).toBe(true);
    await expect(page.locator("mark.coached__mark--active").textContent()).resolves.toBe("You never");
    await tabTo(page, /^Blame/);
    await page.getByText("Putting the whole cause on your partner").waitFor();
    expect(await explanation.isVisible()).toBe(false);
    await checkScreen(page, "coach-flags");

    // 4. "Try this instead", opened and accepted by keyboard.
    await tabTo(page, /^Try this instead$/);
    await page.keyboard.press("Enter");
    const rewrite = page.getByTestId("coach-rewrite");
    await rewrite.waitFor();
    const placeholders = await rewrite.locator("mark.coach__placeholder").allTextContents();
    expect(placeholders.length).toBeGreaterThan(0);
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^to fill in: \[.+\]$/);
    const suggested = await rewrite.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
      return copy.textContent ?? "";
    });
    expect(suggested).toMatch(/\bI feel\b/);
    await checkScreen(page, "coach-rewrite");
    await tabTo(page, /^Use this wording$/);
    await page.keyboard.press("Enter");
    expect(await field.inputValue()).toBe(suggested);
    // Focus is back in the field with the first bracket selected, ready to type over.
    const selected = await field.evaluate((area) => {
      const element = area as HTMLTextAreaElement;
      return {
        focused: document.activeElement === element,
        text: element.value.slice(element.selectionStart, element.selectionEnd),
      };
    });
    expect(selected.focused).toBe(true);
    expect(selected.text).toMatch(/^\[.+\]$/);
    await page.getByText("The suggestion is now in your message.").waitFor();
    // The rewrite itself raises nothing: accepting it quiets the coach.
    await page.waitForTimeout(400);
    expect(await flagList.getByRole("button").count()).toBe(0);
    await page.keyboard.type("lonely", { delay: 10 });
    expect(await field.inputValue()).toBe(suggested.replace(selected.text, "lonely"));
    // Undo is the browser's own: it steps back through the typing and then to the person's words.
    for (let i = 0; i < 10 && (await field.inputValue()) !== blaming; i += 1) {
      await page.keyboard.press("Control+Z");
    }
    expect(await field.inputValue()).toBe(blaming);
    await summary.getByText("2 things the coach noticed").waitFor();
    await checkScreen(page, "coach-journal");

    // Tapping (or moving the caret) into highlighted words opens that flag's explanation.
    await field.focus();
    await page.keyboard.press("Control+Home");
    for (let i = 0; i < 3; i += 1) await page.keyboard.press("ArrowRight");
    await page.getByText("Words like “always” and “never” turn one moment into a rule").waitFor();

    // A long message scrolls inside the field; the highlights scroll with it.
    const long = `${"I want us to be okay, and I am trying.\n".repeat(30)}${blaming}`;
    await field.fill(long);
    await page.locator("mark.coached__mark").first().waitFor();
    await field.evaluate((area) => {
      area.scrollTop = area.scrollHeight;
    });
    await page.waitForTimeout(100);
    const scroll = await page.evaluate(() => {
      const area = document.querySelector("textarea");
      const mirror = document.querySelector('[data-testid="coach-mirror"]');
      return {
        area: area?.scrollTop ?? -1,
        mirror: mirror?.scrollTop ?? -2,
        areaHeight: area?.scrollHeight ?? -1,
        mirrorHeight: mirror?.scrollHeight ?? -2,
      };
    });
    expect(scroll.area).toBeGreaterThan(0);
    expect(scroll.mirror).toBe(scroll.area);
    expect(Math.abs(scroll.mirrorHeight - scroll.areaHeight)).toBeLessThanOrEqual(2);
    await screenshots(page, "coach-scrolled");

    // 5. Turn the coach off in Settings (on the sessions screen), by keyboard.
    // On a phone Sessions sits under More, which the helper opens first.
    await (await mainNavLink(page, "Sessions")).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Sessions and sign out" }).waitFor();
    const coachSwitch = page.getByRole("switch", { name: "Message coach" });
    await page.getByRole("heading", { level: 2, name: "Settings" }).waitFor();
    await coachSwitch.waitFor();
    expect(await coachSwitch.getAttribute("aria-checked")).toBe("true");
    await coachSwitch.focus();
    await page.keyboard.press("Space");
    await page.getByText("The message coach is off.").waitFor();
    expect(await coachSwitch.getAttribute("aria-checked")).toBe("false");
    await checkScreen(page, "coach-settings");
    // Saved on the server: still off after a reload.
    await page.reload();
    await page.getByRole("switch", { name: "Message coach" }).waitFor();
    await page.locator('[role="switch"][aria-checked="false"]').waitFor();

    // 6. With the coach off, "Us" entries are a plain field: no highlights, no list.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Journal" }).click();
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await chooseUs(page);
    await field.focus();
    await page.keyboard.type(blaming, { delay: 5 });
    await page.waitForTimeout(500);
    expect(await page.getByTestId("coach-mirror").count()).toBe(0);
    expect(await page.getByTestId("coach-summary").count()).toBe(0);
    expect(await page.getByRole("list", { name: "What the coach noticed" }).count()).toBe(0);
    expect(await page.locator("mark").count()).toBe(0);
    expect(await field.inputValue()).toBe(blaming);
    // It still saves as usual.
    await page.getByRole("button", { name: /^Save and share with/ }).click();
    await page
      .getByRole("status")
      .getByText(/^Saved and shared with/)
      .waitFor();

    // 7. And back on: the coach returns.
    const apiOn = await aContext.request.patch(`${journey.server.baseUrl}/api/me/preferences`, {
      data: { coachEnabled: true },
      headers: CLIENT,
    });
    expect(apiOn.status()).toBe(200);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await chooseUs(page);
    await field.focus();
    await page.keyboard.type("You always ignore me.", { delay: 5 });
    await page.getByTestId("coach-summary").getByText("1 thing the coach noticed").waitFor();

    expect(pageProblems).toEqual([]);
  });
});
