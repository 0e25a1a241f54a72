/**
 * The foundation journey (issue 2, item 11) in real headless Chromium against the real server:
 * two people register and link; each writes a private and a shared entry and sees exactly what
 * they should; an entry is edited and one deleted; a session is ended from the sessions screen;
 * the couple unlinks; quick exit works by button and by Shift×3 and leaves Mend out of Back.
 * Every main screen is checked with axe and photographed at 360 px and 1280 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { screenshots } from "./support/browser.ts";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { navigateTo } from "./support/nav.ts";

const NEUTRAL_PATH = "/kitchen/lentil-soup.html";

const canRun = chromiumGate("end-to-end journey");

describe.skipIf(!canRun)("journey: two partners, a private-by-default journal", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;

  const run = Date.now().toString(36);
  const asha = { name: "Asha", email: `asha-${run}@example.com`, password: "lantern-orchard-copper-7" };
  const ben = { name: "Ben", email: `ben-${run}@example.com`, password: "quiet-harbour-maple-42" };

  async function signUp(page: Page, person: typeof asha, screenName?: string): Promise<void> {
    await page.goto(`${journey.server.baseUrl}/`);
    await page.waitForURL(/\/sign-in$/);
    await page.getByRole("heading", { level: 1, name: "Welcome back" }).waitFor();
    if (screenName) await checkScreen(page, "sign-in");
    await page.getByRole("link", { name: "Create an account" }).click();
    await page.waitForURL(/\/sign-up$/);
    await page.getByLabel("Your name").fill(person.name);
    await page.getByLabel("E-mail").fill(person.email);
    if (screenName) {
      // A common password is refused with a kind, specific explanation.
      await page.getByLabel("Password", { exact: true }).fill("password123");
      await page.getByRole("button", { name: "Create account" }).click();
      await page.getByText("This password is one of the most common ones").waitFor();
      await checkScreen(page, screenName);
    }
    await page.getByLabel("Password", { exact: true }).fill(person.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.waitForURL(/\/journal$/);
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
  }

  async function goTo(
    page: Page,
    navName: "Journal" | "Partner" | "Sessions",
    heading: string,
  ): Promise<void> {
    await navigateTo(page, navName);
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  }

  async function write(page: Page, text: string, who: "Only me" | "Us", prompt?: string): Promise<void> {
    if (prompt) await page.getByLabel("Guided prompt (optional)").selectOption({ label: prompt });
    await page.getByLabel("Your entry").fill(text);
    await page.getByRole("radio", { name: who, exact: true }).check();
    const button = page.getByRole("button", {
      name: who === "Us" ? /^Save and share with/ : "Save – only me",
    });
    await button.click();
    await page
      .getByRole("status")
      .getByText(who === "Us" ? /^Saved and shared with/ : "Saved. Only you can read it.")
      .waitFor();
    await page.locator(".entry__body", { hasText: text }).waitFor();
  }

  /** The bodies of every entry in the list, once it has loaded. */
  async function visibleEntries(page: Page): Promise<string[]> {
    await page.getByRole("heading", { level: 2, name: "Entries" }).waitFor();
    await page.locator('.entries[aria-busy="true"]').waitFor({ state: "detached" });
    return page.locator('[data-testid="journal-entry"] .entry__body').allInnerTexts();
  }

  async function reloadJournal(page: Page): Promise<string[]> {
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    return (await visibleEntries(page)).sort();
  }

  /** After a quick exit, Back must not lead into Mend. */
  async function expectLeftMend(page: Page, screenshotName?: string): Promise<void> {
    await page.waitForURL((url) => url.pathname === NEUTRAL_PATH);
    await page.getByRole("heading", { level: 1 }).waitFor();
    if (screenshotName) await screenshots(page, screenshotName);
    expect(await page.title()).not.toMatch(/\bmend\b/i);
    expect(await page.content()).not.toMatch(/\bmend\b/i);
    await page.goBack().catch(() => null);
    await page.waitForTimeout(300);
    const url = new URL(page.url());
    const inMend = url.origin === journey.server.baseUrl && url.pathname !== NEUTRAL_PATH;
    expect(inMend, `Back led to ${page.url()}`).toBe(false);
  }

  it("links two people and keeps private entries private", async () => {
    const a = await newPage();
    const b = await newPage();

    // 1. Both sign up. Asha starts alone: "Us" is offered but disabled, with the reason.
    await signUp(a, asha, "sign-up");
    expect(await a.getByRole("radio", { name: "Only me", exact: true }).isChecked()).toBe(true);
    expect(await a.getByRole("radio", { name: "Us", exact: true }).isDisabled()).toBe(true);
    await a.getByText("Link with your partner to share entries with them.").waitFor();
    await checkScreen(a, "journal-solo");
    await signUp(b, ben);

    // 2. Asha creates an invite code; Ben types it (in lower case) and they are linked.
    await goTo(a, "Partner", "Your partner");
    await a.getByRole("button", { name: "Create an invite code" }).click();
    const code = ((await a.getByTestId("invite-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await checkScreen(a, "partner-invite");

    await goTo(b, "Partner", "Your partner");
    await b.getByLabel("Invite code").fill(code.toLowerCase());
    await b.getByRole("button", { name: "Link with my partner" }).click();
    await b.getByText("You and Asha are linked.").waitFor();
    await checkScreen(b, "partner-linked");
    // Asha's screen notices by itself.
    await a.getByText("You and Ben are linked.").waitFor({ timeout: 20_000 });

    // 3. Each writes one private and one shared entry.
    const text = {
      aPrivate: `Asha private ${run}: I still flinch when the phone buzzes.`,
      aShared: `Asha shared ${run}: Thank you for walking with me on Sunday.`,
      bPrivate: `Ben private ${run}: I am scared this is too late.`,
      bShared: `Ben shared ${run}: <b>I want</b> us to try the weekly check-in.`,
    };
    await goTo(a, "Journal", "Journal");
    expect(await a.getByRole("radio", { name: "Us", exact: true }).isDisabled()).toBe(false);
    await write(a, text.aPrivate, "Only me", "The fear underneath");
    await write(a, text.aShared, "Us");
    await goTo(b, "Journal", "Journal");
    await write(b, text.bPrivate, "Only me");
    await write(b, text.bShared, "Us");

    // 4. Each sees their own two and the partner's shared one — never the partner's private one.
    expect(await reloadJournal(a)).toEqual([text.aPrivate, text.aShared, text.bShared].sort());
    expect(await reloadJournal(b)).toEqual([text.aShared, text.bPrivate, text.bShared].sort());
    expect(await b.content()).not.toContain(text.aPrivate);
    expect(await a.content()).not.toContain(text.bPrivate);
    // Markup is shown as typed, never interpreted.
    await b.locator(".entry__body", { hasText: "<b>I want</b>" }).waitFor();
    // A private entry is marked in words, not only by colour.
    const aPrivateCard = a.getByTestId("journal-entry").filter({ hasText: text.aPrivate });
    await aPrivateCard.getByText("Only me · private").waitFor();
    await aPrivateCard
      .getByText("When suspicion shows up, what fear might be sitting underneath it?")
      .waitFor();
    const bSharedOnA = a.getByTestId("journal-entry").filter({ hasText: text.bShared });
    await bSharedOnA.getByText("Us · shared").waitFor();
    expect(await bSharedOnA.getByRole("button", { name: /^Delete/ }).count()).toBe(0);
    await checkScreen(a, "journal-couple");

    // 5. Asha edits her shared entry; Ben sees the new words.
    const edited = `${text.aShared} And for listening.`;
    await a
      .getByTestId("journal-entry")
      .filter({ hasText: text.aShared })
      .getByRole("link", { name: /^Edit entry from/ })
      .click();
    await a.getByRole("heading", { level: 1, name: "Edit entry" }).waitFor();
    await a.getByLabel("Your entry").fill(edited);
    await checkScreen(a, "journal-edit");
    await a.getByRole("button", { name: "Save changes" }).click();
    await a.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await a.getByText("Changes saved.").waitFor();
    expect(await reloadJournal(b)).toEqual([edited, text.bPrivate, text.bShared].sort());

    // 6. Ben deletes an entry after confirming.
    const scrap = `Ben scrap ${run}`;
    await write(b, scrap, "Only me");
    await b
      .getByTestId("journal-entry")
      .filter({ hasText: scrap })
      .getByRole("button", { name: /^Delete entry from/ })
      .click();
    const dialog = b.getByRole("dialog", { name: "Delete this entry?" });
    await dialog.waitFor();
    // A modal makes the page behind it inert, so the dialog carries its own quick exit.
    await dialog.getByRole("button", { name: "Quick exit" }).waitFor();
    await checkScreen(b, "journal-delete-confirm");
    await dialog.getByRole("button", { name: "Yes, delete it" }).click();
    await b.getByText("Entry deleted.").waitFor();
    expect(await visibleEntries(b)).not.toContain(scrap);

    // 7. Asha signs in on a second device, then ends that session from her sessions screen.
    const other = await newPage(1280);
    await other.goto(`${journey.server.baseUrl}/sign-in`);
    await other.getByLabel("E-mail").fill(asha.email);
    await other.getByLabel("Password", { exact: true }).fill(asha.password);
    await other.getByRole("button", { name: "Sign in" }).click();
    await other.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    await goTo(a, "Sessions", "Sessions and sign out");
    await a.getByText("This device", { exact: true }).waitFor();
    const endButtons = a.getByRole("button", { name: /^End session on/ });
    await endButtons.first().waitFor();
    expect(await endButtons.count()).toBe(1);
    await checkScreen(a, "sessions");
    await endButtons.first().click();
    await a.getByText("Session ended. That device is signed out.").waitFor();
    await a.getByText("No other devices are signed in.").waitFor();
    await other.reload();
    await other.waitForURL(/\/sign-in$/);

    // 8. Ben unlinks (after confirming): shared entries stop crossing over at once.
    await goTo(b, "Partner", "Your partner");
    await b.getByRole("button", { name: "Unlink from Asha…" }).click();
    const unlink = b.getByRole("dialog", { name: "Unlink from Asha?" });
    await unlink.waitFor();
    await unlink.getByRole("button", { name: "Yes, unlink" }).click();
    await b.getByText("You are no longer linked.").waitFor();
    await goTo(b, "Journal", "Journal");
    expect((await visibleEntries(b)).sort()).toEqual([text.bPrivate, text.bShared].sort());
    expect(await b.getByRole("radio", { name: "Us", exact: true }).isDisabled()).toBe(true);

    // 9. Ben signs out, mistypes his password, then signs in again.
    await goTo(b, "Sessions", "Sessions and sign out");
    await b.getByRole("button", { name: "Sign out on this device" }).click();
    await b.waitForURL(/\/sign-in$/);
    await b.getByLabel("E-mail").fill(ben.email);
    await b.getByLabel("Password", { exact: true }).fill("not-his-password");
    await b.getByRole("button", { name: "Sign in" }).click();
    await b.getByRole("alert").getByText("That e-mail and password do not match an account.").waitFor();
    await b.getByLabel("Password", { exact: true }).fill(ben.password);
    await b.getByRole("button", { name: "Sign in" }).click();
    await b.getByRole("heading", { level: 1, name: "Journal" }).waitFor();
    expect((await visibleEntries(b)).sort()).toEqual([text.bPrivate, text.bShared].sort());

    // 10. Quick exit by button (Asha, several screens deep) and by Shift×3 (Ben).
    await goTo(a, "Journal", "Journal");
    await goTo(a, "Partner", "Your partner");
    await a.getByRole("button", { name: "Quick exit" }).click();
    await expectLeftMend(a, "quick-exit-neutral");

    await goTo(b, "Sessions", "Sessions and sign out");
    await b.keyboard.press("Shift");
    await b.keyboard.press("Shift");
    await b.keyboard.press("Shift");
    await expectLeftMend(b);
    expect(pageProblems).toEqual([]);
  });

  it("offers quick exit before signing in, by button and by Shift×3", async () => {
    const page = await newPage();
    await page.goto(`${journey.server.baseUrl}/sign-up`);
    await page.getByRole("heading", { level: 1, name: "Create your account" }).waitFor();
    await page.getByLabel("Your name").fill("Someone");
    // Typing capitals uses Shift too; that alone must not trigger the exit.
    await page.getByLabel("E-mail").pressSequentially("A.B.C@Example.COM");
    expect(new URL(page.url()).pathname).toBe("/sign-up");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expectLeftMend(page);

    const second = await newPage(1280);
    await second.goto(`${journey.server.baseUrl}/sign-in`);
    await second.getByRole("heading", { level: 1, name: "Welcome back" }).waitFor();
    // Keyboard only: the first Tab lands on the skip link, the second on the quick exit, with a
    // visible focus ring; Enter leaves.
    const focused = () =>
      second.evaluate(() => {
        const element = document.activeElement;
        const style = element ? getComputedStyle(element) : null;
        return {
          text: element?.textContent?.trim() ?? "",
          outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : "",
        };
      });
    await second.keyboard.press("Tab");
    expect((await focused()).text).toBe("Skip to content");
    await second.keyboard.press("Tab");
    const exitFocus = await focused();
    expect(exitFocus.text).toBe("Quick exit");
    expect(exitFocus.outline).toBe("solid 3px");
    await second.keyboard.press("Enter");
    await expectLeftMend(second);
    expect(pageProblems).toEqual([]);
  });
});
