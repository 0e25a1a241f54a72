/**
 * "Pace" (issue 6) in real headless Chromium at 360 px, for someone using Mend on their own:
 * two goals are fine and a third is met with the kind explanation of why small steps work; then
 * "I'm spiralling" is reached from the header of another screen by keyboard: the grounding
 * steps, an edited list of distractions, and a thought record started from there and saved.
 * Every screen is checked with axe and for sideways scrolling at 320 px, and photographed.
 */
import { describe, expect, it } from "vitest";
import { chromiumGate, useJourney } from "./support/journey.ts";
import { navigateTo } from "./support/nav.ts";
import { open, person, register } from "./support/people.ts";

const canRun = chromiumGate("pace journey");

describe.skipIf(!canRun)("journey: pace", () => {
  const journey = useJourney();
  const { newPage, checkScreen, pageProblems } = journey;
  const robin = person("Robin", "pace");

  it("two goals at a time, explained kindly; the spiralling page from anywhere", async () => {
    const page = await newPage();
    await register(journey, page.request, robin);

    // Goals: two are fine, a third gets the kind explanation.
    await open(journey, page, "/journal", "Journal");
    await navigateTo(page, "Pace");
    await page.getByRole("heading", { level: 1, name: "Pace" }).waitFor();
    await checkScreen(page, "pace");
    await page.getByRole("link", { name: /^Goals/ }).click();
    await page.getByRole("heading", { level: 1, name: "Goals" }).waitFor();
    const goals = ["Talk about worries before they grow", "A walk together every Sunday"];
    for (const title of goals) {
      await page.getByLabel("My goal").fill(title);
      await page.getByRole("button", { name: "Add this goal" }).click();
      await page.getByTestId("goals-active").getByText(title).waitFor();
    }
    await page.getByLabel("My goal").fill("Read one book on attachment");
    await page.getByRole("button", { name: "Add this goal" }).click();
    await page.getByTestId("goal-limit").getByText("Small steps work best", { exact: false }).waitFor();
    expect(await page.getByTestId("goals-active").getByTestId("goal").count()).toBe(2);
    await checkScreen(page, "goals-limit");

    // A milestone and a reached goal, with a calm celebration.
    const first = page.getByTestId("goals-active").getByTestId("goal").filter({ hasText: goals[0] });
    await first.getByLabel("A new milestone").fill("Name one worry at dinner");
    await first.getByRole("button", { name: "Add milestone" }).click();
    await first.getByRole("button", { name: "Mark “Name one worry at dinner” done" }).click();
    await first.getByText("1 of 1 milestones done").waitFor();
    await first.getByRole("button", { name: "I reached it" }).click();
    await page.getByTestId("celebration").getByText("You reached it").waitFor();
    await checkScreen(page, "goals-celebration");

    // The look back (shared milestones only: a private goal of someone on their own is not there).
    await open(journey, page, "/timeline", "How far we’ve come");
    await page.getByRole("heading", { name: "Safety and trust over time" }).waitFor();
    await checkScreen(page, "timeline");

    // "I'm spiralling" from the timeline, by keyboard: it sits right after the skip link.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("I’m spiralling");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Take a breath" }).waitFor();
    await checkScreen(page, "spiral");

    const grounding = page.getByTestId("grounding-step");
    await grounding.getByText("Name five things you can see.").waitFor();
    for (const next of [
      "Notice four things you can touch.",
      "Listen for three things you can hear.",
      "Find two things you can smell.",
      "Take one slow breath, longer out than in.",
    ]) {
      await page.getByRole("button", { name: "Next step" }).click();
      await grounding.getByText(next).waitFor();
    }
    await page.getByRole("button", { name: "Next step" }).click();
    await grounding.getByText(/^Well done\./).waitFor();

    // The person's own list: add two, remove one; it is kept.
    for (const item of ["A walk round the block", "Call my sister"]) {
      await page.getByLabel("Add something that helps").fill(item);
      await page.getByRole("button", { name: "Add", exact: true }).click();
      await page.getByTestId("distractions").getByText(item).waitFor();
    }
    await page.getByRole("button", { name: "Remove “A walk round the block”" }).click();
    await page.getByText("Your list is saved.").waitFor();
    await page.reload();
    await page.getByTestId("distractions").getByText("Call my sister").waitFor();
    expect(await page.getByTestId("distractions").textContent()).not.toContain("A walk round the block");
    await checkScreen(page, "spiral-list");

    // Write it down: a thought record, step by step, private.
    await page.getByRole("link", { name: "Start a thought record" }).click();
    await page.getByRole("heading", { level: 1, name: "A new record" }).waitFor();
    await page.getByLabel("What happened").fill("My partner came home an hour late and said little.");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("What I am telling myself").fill("You never tell me anything, you don't care.");
    await checkScreen(page, "thought-record-thought");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Strength, 0 to 100").fill("80");
    await page.getByRole("button", { name: "Next" }).click();
    // The coach ticked the traps it noticed; the person may change them.
    await page.getByRole("heading", { name: "Which thinking traps might be at work?" }).waitFor();
    await page.getByText("(the coach noticed this)").first().waitFor();
    await checkScreen(page, "thought-record-traps");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("What does not fit it").fill("They texted that the train was stuck.");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Another way to see it").fill("They were tired after a long trip.");
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByLabel("Strength now, 0 to 100").fill("35");
    await page.getByRole("button", { name: "Save my record" }).click();
    await page.getByRole("heading", { level: 1, name: "Benefit of the doubt" }).waitFor();
    await page.getByText("Your record is saved.", { exact: false }).waitFor();
    await page.getByTestId("thought-records").getByText("strength 80, then 35", { exact: false }).waitFor();
    await checkScreen(page, "thought-records");

    expect(pageProblems).toEqual([]);
  });
});
