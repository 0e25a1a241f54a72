/**
 * "Show it" (issue 6) in real headless Chromium at 360 px, two people in two browser contexts:
 * Alex makes a shared daily promise and marks today kept, with a note; Sam's open page shows
 * both and Sam says "I noticed"; Alex's open page shows the acknowledgement without reloading.
 * Every screen is checked with axe and for sideways scrolling at 320 px, and photographed.
 */
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { link, open, person, register } from "./support/people.ts";

const canRun = chromiumGate("show-it journey");

describe.skipIf(!canRun)("journey: show it", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;
  const alex = person("Alex", "show");
  const sam = person("Sam", "show");

  it("a shared promise, marked kept, noticed by the partner", async () => {
    const a = await newPage();
    const b = await newPage();
    await register(journey, a.request, alex);
    await register(journey, b.request, sam);
    await link(journey, a, b);

    // "Show it" in the main navigation: today's small step, then promises.
    await open(journey, a, "/journal", "Journal");
    await a.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Show it" }).click();
    await a.getByRole("heading", { level: 1, name: "Show it" }).waitFor();
    await a.getByTestId("trust-action").waitFor();
    await checkScreen(a, "show-it");
    await a.getByRole("button", { name: "I did it" }).click();
    await a.getByText("Done for today.", { exact: false }).waitFor();

    await a.getByRole("link", { name: /^Promises/ }).click();
    await a.getByRole("heading", { level: 1, name: "Promises" }).waitFor();
    await checkScreen(a, "commitments-empty");
    const promise = "Text Sam if I will be more than 15 minutes late";
    await a.getByLabel("What I promise").fill(promise);
    await a.getByRole("radio", { name: "Every day" }).check();
    await a.getByRole("radio", { name: /^Us/ }).check();
    await a.getByRole("button", { name: "Make this promise" }).click();
    await a.getByText("Your promise is saved.").waitFor();
    const mine = a.getByTestId("my-commitments").getByTestId("commitment").filter({ hasText: promise });
    await mine.waitFor();

    // Sam has the page open before Alex marks today.
    await open(journey, b, "/commitments", "Promises");
    const theirs = b
      .getByTestId("partner-commitments")
      .getByTestId("commitment")
      .filter({ hasText: promise });
    await theirs.waitFor({ timeout: 10_000 });
    await theirs.getByText("Not marked yet").first().waitFor();

    // A word of context goes with the mark; Alex types it, then marks by keyboard.
    const note = "Called at lunch as we said.";
    await mine.getByLabel("A word about it (optional)").fill(note);
    await checkScreen(a, "commitments-mark");
    await mine.getByRole("button", { name: "I kept it" }).focus();
    await a.keyboard.press("Enter");
    await mine.getByText("Kept", { exact: true }).waitFor();
    await mine.getByText(note).waitFor();
    await mine.getByText(/kept 1 of 1 in the last 30 days/).waitFor();
    await checkScreen(a, "commitments-kept");

    // Sam's open page learns of the mark live and can say "I noticed".
    await theirs.getByText("Alex: Kept").waitFor({ timeout: 10_000 });
    await theirs.getByText(note).waitFor();
    await checkScreen(b, "commitments-partner");
    await theirs.getByRole("button", { name: "I noticed" }).click();
    await theirs.getByText("You noticed this.").waitFor();

    // Alex sees it without reloading.
    await mine.getByText("Sam noticed.").waitFor({ timeout: 10_000 });
    await checkScreen(a, "commitments-noticed");

    // Changing a shared promise: Sam will read why, so the coach reads along with the reason.
    await mine.getByRole("button", { name: "Change this promise" }).click();
    const why = mine.getByLabel("Why it is changing (optional)");
    await why.fill("You never remind me, so this is hopeless");
    await mine.getByTestId("coach-mirror").locator("mark").first().waitFor();
    await checkScreen(a, "commitments-renegotiate");
    await why.fill("Evenings are busy at work; a text by 9 is one I can keep.");
    await mine.getByLabel("What I promise").fill("Text Sam by 9 if I am still at work");
    await mine.getByRole("button", { name: "Save the new version" }).click();
    await a.getByRole("status").getByText("The new version is saved.").waitFor();
    const changed = a
      .getByTestId("my-commitments")
      .getByTestId("commitment")
      .filter({ hasText: "Text Sam by 9 if I am still at work" });
    await changed.waitFor();

    // Ending one is said out loud, coached too; Escape leaves it as it was.
    await changed.getByRole("button", { name: "End this promise" }).click();
    const dialog = a.getByRole("dialog", { name: "End this promise?" });
    await dialog.getByLabel("Why it is ending").fill("You always make this impossible");
    await dialog.getByTestId("coach-mirror").locator("mark").first().waitFor();
    await checkScreen(a, "commitments-end");
    await a.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    // Sam cannot mark Alex's promise, and acknowledging one's own is refused by the server.
    expect(await theirs.getByRole("button", { name: "I kept it" }).count()).toBe(0);
    expect(pageProblems).toEqual([]);
  });
});
