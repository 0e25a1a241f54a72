/**
 * The partner's main navigation in real headless Chromium. On a 320–360 px phone it is one row
 * (the most-used places and "More"), so screens start near the top; More is a disclosure that
 * works by keyboard alone (Enter and Space open it, Escape closes it and gives focus back), closes
 * when a place is chosen, on a change of screen and on a tap elsewhere, and a place under it is
 * still marked as the current one. axe finds nothing serious with More open or closed; at
 * 1280 px every place stays in the familiar list, in the same order, with no More.
 */
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { horizontalOverflow, screenshots, seriousA11yViolations } from "./support/browser.ts";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { mainNav, moreButton } from "./support/nav.ts";
import { CLIENT, open, person, register } from "./support/people.ts";

const canRun = chromiumGate("navigation journey");

interface Box {
  top: number;
  height: number;
  width: number;
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error("element is not on screen");
  return { top: found.y, height: found.height, width: found.width };
}

/** The nav's height, its tallest visible target, and those targets' tops (one value: one row). */
async function rowShape(page: Page): Promise<{ navHeight: number; tallest: number; tops: number[] }> {
  const nav = mainNav(page);
  const targets = await nav.getByRole("link").or(moreButton(page)).all();
  const tops = new Set<number>();
  let tallest = 0;
  for (const target of targets) {
    const { top, height } = await box(target);
    tops.add(Math.round(top));
    tallest = Math.max(tallest, height);
  }
  return { navHeight: (await box(nav)).height, tallest, tops: [...tops] };
}

/** The element a disclosure button says it controls (aria-controls must point at something real). */
async function controlledBy(page: Page, button: Locator): Promise<Locator> {
  const id = await button.getAttribute("aria-controls");
  expect(id, "aria-controls").toBeTruthy();
  const controlled = page.locator(`[id="${id}"]`);
  expect(await controlled.count(), "the element aria-controls names").toBe(1);
  return controlled;
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Every link and button a person can see in the nav is at least 44 × 44 px (WCAG 2.5.5). */
async function expectTargetsLargeEnough(page: Page): Promise<void> {
  const targets = await mainNav(page).getByRole("link").or(moreButton(page)).all();
  expect(targets.length).toBeGreaterThan(0);
  for (const target of targets) {
    const { height, width } = await box(target);
    const name = (await target.textContent()) ?? "";
    expect(height, `height of ${name}`).toBeGreaterThanOrEqual(44);
    expect(width, `width of ${name}`).toBeGreaterThanOrEqual(44);
  }
}

describe.skipIf(!canRun)("journey: the main navigation on a phone", () => {
  const journey = useJourney();
  const { newPage, pageProblems } = journey;
  const kai = person("Kai", "nav");

  it("is one row at 320 and 360 px, with More as a keyboard-friendly disclosure", async () => {
    const page = await newPage(360);
    await register(journey, page.request, kai);
    await open(journey, page, "/journal", "Journal");
    const nav = mainNav(page);
    const more = moreButton(page);

    // One row at both phone widths: every target on one line, the nav no taller than that line.
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 800 });
      const { navHeight, tallest, tops } = await rowShape(page);
      expect(tops, `one line of targets at ${width} px`).toHaveLength(1);
      // One row: the nav is its tallest target plus its 1 px bottom border, and no more.
      expect(navHeight, `nav height at ${width} px`).toBeLessThanOrEqual(tallest + 1.5);
      expect(tallest, `row height at ${width} px`).toBeLessThan(2 * 44);
    }
    expect(await nav.getByRole("link", { name: "Journal", exact: true }).getAttribute("aria-current")).toBe(
      "page",
    );
    const currentMark = await nav
      .getByRole("link", { name: "Journal", exact: true })
      .evaluate((link) => getComputedStyle(link).borderBottomColor);
    await expectTargetsLargeEnough(page);
    expect(await seriousA11yViolations(page), "axe with More closed").toEqual([]);

    // Tab order follows the row, then More.
    await nav.getByRole("link", { name: "Journal", exact: true }).focus();
    for (const next of ["Together", "Show it"]) {
      await page.keyboard.press("Tab");
      expect(await isFocused(nav.getByRole("link", { name: next, exact: true })), next).toBe(true);
    }
    await page.keyboard.press("Tab");
    expect(await isFocused(more)).toBe(true);
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    let panel = await controlledBy(page, more);
    expect(await panel.isVisible()).toBe(false);

    // Enter opens; Tab goes straight into the list; Escape closes it and gives focus back to More.
    await page.keyboard.press("Enter");
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    await panel.waitFor();
    await page.keyboard.press("Tab");
    expect(await isFocused(panel.getByRole("link", { name: "Know yourself" }))).toBe(true);
    await page.keyboard.press("Escape");
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await panel.isVisible()).toBe(false);
    expect(await isFocused(more)).toBe(true);

    // Space opens it as well. Open, it is still calm: no sideways scrolling, big targets, axe clean.
    await page.keyboard.press("Space");
    expect(await more.getAttribute("aria-expanded")).toBe("true");
    await panel.waitFor();
    await expectTargetsLargeEnough(page);
    expect(await horizontalOverflow(page, 320), "overflow at 320 px with More open").toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page), "axe with More open").toEqual([]);
    await screenshots(page, "nav-more-open");
    // The 1280 px photograph swapped in the desktop list; back on a phone More starts closed.
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    panel = await controlledBy(page, more);

    // A place under More, chosen by keyboard: it opens, the list closes, focus moves to the new
    // screen's heading (as on any change of screen), and More carries the current-place mark
    // (and says which place, for screen readers).
    await more.focus();
    await page.keyboard.press("Enter");
    await panel.getByRole("link", { name: "Pace" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Pace" }).waitFor();
    expect(page.url()).toMatch(/\/pace$/);
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await isFocused(page.getByRole("heading", { level: 1, name: "Pace" }))).toBe(true);
    expect(await more.textContent()).toContain("Pace");
    expect(await more.evaluate((button) => getComputedStyle(button).borderBottomColor)).toBe(currentMark);
    expect(await nav.locator('[aria-current="page"]:visible').count()).toBe(0);
    await more.click();
    expect(await panel.getByRole("link", { name: "Pace" }).getAttribute("aria-current")).toBe("page");
    await screenshots(page, "nav-more-open-on-pace");
    panel = await controlledBy(page, more);
    await more.click();
    // Choosing the place one is already on just closes the list; focus is not lost with it.
    await panel.getByRole("link", { name: "Pace" }).click();
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await isFocused(more)).toBe(true);
    // Still marked on the screens the hub leads to.
    await page.getByRole("link", { name: /^Goals/ }).click();
    await page.getByRole("heading", { level: 1, name: "Goals" }).waitFor();
    expect(await more.textContent()).toContain("Pace");
    await screenshots(page, "nav-current-under-more");
    panel = await controlledBy(page, more);

    // It closes on a change of screen (a row link) and on a tap elsewhere.
    await more.click();
    await panel.waitFor();
    await nav.getByRole("link", { name: "Show it", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Show it" }).waitFor();
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    // …and stays closed on coming back to a screen where it was once open.
    await more.click();
    await panel.waitFor();
    await nav.getByRole("link", { name: "Journal", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await nav.getByRole("link", { name: "Show it", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Show it" }).waitFor();
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    await more.click();
    await panel.waitFor();
    await page.getByRole("heading", { level: 1, name: "Show it" }).click();
    expect(await more.getAttribute("aria-expanded")).toBe("false");
    expect(await more.textContent()).toBe("More");

    expect(pageProblems).toEqual([]);
  });

  it("keeps every place in the wide screen's list, in the same order, with no More", async () => {
    const page = await newPage(1280);
    const signIn = await page.request.post(`${journey.server.baseUrl}/api/auth/login`, {
      data: { email: kai.email, password: kai.password },
      headers: CLIENT,
    });
    expect(signIn.status(), await signIn.text()).toBe(200);
    await open(journey, page, "/journal", "Journal");
    const nav = mainNav(page);
    expect(await moreButton(page).count()).toBe(0);
    const names = await nav.getByRole("link").allTextContents();
    expect(names).toEqual([
      "Journal",
      "Know yourself",
      "Understand",
      "Together",
      "Show it",
      "Heal",
      "Pace",
      "Partner",
      "Support",
      "Sessions",
    ]);
    await nav.getByRole("link", { name: "Pace" }).click();
    await page.getByRole("heading", { level: 1, name: "Pace" }).waitFor();
    expect(await nav.getByRole("link", { name: "Pace" }).getAttribute("aria-current")).toBe("page");
    expect(await seriousA11yViolations(page), "axe at 1280 px").toEqual([]);
    expect(pageProblems).toEqual([]);
  });
});
