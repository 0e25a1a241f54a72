/**
 * "Heal" (issue 6) in real headless Chromium at 360 px, two people in two browser contexts: a
 * repair whose reflections stay sealed. Alex writes first; Sam's page learns that Alex has
 * written but never what (checked in the page's text and markup); once Sam writes, both see the
 * two reflections side by side, Alex without reloading. Every screen is checked with axe and for
 * sideways scrolling at 320 px, and photographed.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { navigateTo } from "./support/nav.ts";
import { link, open, person, register } from "./support/people.ts";

const canRun = chromiumGate("heal journey");

interface Reflection {
  happened: string;
  felt: string;
  myPart: string;
  wouldHelp: string;
}

async function reflect(page: Page, words: Reflection): Promise<void> {
  await page.getByLabel("What happened for me").fill(words.happened);
  await page.getByLabel("What I felt").fill(words.felt);
  await page.getByLabel("My own part").fill(words.myPart);
  await page.getByLabel("What would help me").fill(words.wouldHelp);
  await page.getByRole("button", { name: "Seal my reflection" }).click();
}

describe.skipIf(!canRun)("journey: heal", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;
  const alex = person("Alex", "heal");
  const sam = person("Sam", "heal");

  it("keeps a repair's reflections sealed until both have written, then shows them side by side", async () => {
    const a = await newPage();
    const b = await newPage();
    await register(journey, a.request, alex);
    await register(journey, b.request, sam);
    await link(journey, a, b);

    await open(journey, a, "/journal", "Journal");
    await navigateTo(a, "Heal");
    await a.getByRole("heading", { level: 1, name: "Heal" }).waitFor();
    await checkScreen(a, "heal");
    await a.getByRole("link", { name: /^Repairs/ }).click();
    await a.getByRole("heading", { level: 1, name: "Repairs" }).waitFor();
    await checkScreen(a, "repairs");
    await a.getByLabel("A short, neutral name").fill("Saturday's argument");
    await a.getByRole("button", { name: "Start" }).click();
    await a.getByRole("heading", { level: 1, name: "Saturday's argument" }).waitFor();
    await checkScreen(a, "repair-reflect");

    const alexWords: Reflection = {
      happened: "When the plans changed at the last minute I went quiet and then snapped.",
      felt: "I felt left out and a bit foolish for having looked forward to it.",
      myPart: "I raised my voice instead of saying what I needed.",
      wouldHelp: "A short message when plans change, and a hug before we talk.",
    };
    await reflect(a, alexWords);
    await a.getByText("Your reflection is sealed until Sam writes theirs.").waitFor();
    await checkScreen(a, "repair-sealed");

    // Sam opens the repair: told that Alex has written, never what.
    await open(journey, b, "/repairs", "Repairs");
    await b.getByRole("link", { name: /Saturday's argument/ }).click();
    await b.getByRole("heading", { level: 1, name: "Saturday's argument" }).waitFor();
    await b.getByText("Alex has written theirs", { exact: false }).waitFor();
    for (const words of Object.values(alexWords)) {
      expect(await b.locator("body").textContent()).not.toContain(words);
      expect(await b.content()).not.toContain(words.slice(0, 30));
    }
    await checkScreen(b, "repair-partner-written");

    const samWords: Reflection = {
      happened: "I changed the plans without asking because I was tired and wanted a quiet night.",
      felt: "I felt guilty, then defensive when the evening got loud.",
      myPart: "I did not tell Alex early enough.",
      wouldHelp: "Talking the next morning, once we have both slept.",
    };
    await reflect(b, samWords);

    // Both see both reflections, side by side; Alex's page updates by itself.
    await b.getByTestId("repair-reveal").getByText(alexWords.felt).waitFor();
    await a.getByTestId("repair-reveal").getByText(samWords.felt).waitFor({ timeout: 10_000 });
    await a.getByRole("heading", { name: "Talking it through" }).waitFor();
    await checkScreen(a, "repair-revealed");

    // After the reveal: amends, a ritual, and "not yet" as an honest answer.
    await a.getByLabel("What I will do differently").fill("I will say what I need before I get loud.");
    await a.getByRole("button", { name: "Offer this" }).click();
    await b.getByText("I will say what I need before I get loud.").waitFor({ timeout: 10_000 });
    await b.getByRole("radio", { name: "A walk together" }).check();
    await b.getByRole("button", { name: "Choose this ritual" }).click();
    await b.getByText("Chosen by Sam: A walk together").waitFor();
    await b.getByRole("button", { name: "We did it" }).click();
    await b.getByText(/This repair is complete\./).waitFor();
    await a.getByRole("radio", { name: "Not yet — and that is all right" }).check();
    await a.getByRole("button", { name: "Save my answer" }).click();
    await a.getByText("Your answer is saved.").waitFor();
    await checkScreen(b, "repair-done");

    expect(pageProblems).toEqual([]);
  });
});
