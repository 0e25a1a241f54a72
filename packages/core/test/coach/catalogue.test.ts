import { afterEach, describe, expect, it } from "vitest";
import { coachMessages, setCoachMessages } from "../../src/coach/catalogue.ts";
import { analyzeMessage, suggestRewrite } from "../../src/coach/index.ts";
import { coach as english } from "../../src/i18n/en/coach.ts";

// The web app's worker loads the engine without the English texts and is sent them (catalogue.ts).
describe("the coach's catalogue", () => {
  afterEach(() => setCoachMessages(english));

  it("is English once index.ts is loaded", () => {
    expect(coachMessages()).toBe(english);
    const [flag] = analyzeMessage("You never listen to me.").flags;
    expect(flag?.explanation).toBe(english[flag?.explanationKey as keyof typeof english]);
  });

  it("takes the texts it is sent, for flags and rewrites alike", () => {
    const sent = Object.fromEntries(Object.keys(english).map((key) => [key, `«${key}»`]));
    setCoachMessages(sent);
    const [flag] = analyzeMessage("You never listen to me.").flags;
    expect(flag?.explanation).toBe(`«${flag?.explanationKey}»`);
    expect(suggestRewrite("You never listen to me.").text).toContain("«");
  });

  it("falls back to the keys themselves before any texts are sent", () => {
    setCoachMessages({});
    const [flag] = analyzeMessage("You never listen to me.").flags;
    expect(flag?.explanation).toBe(flag?.explanationKey);
    expect(flag?.explanationKey).toMatch(/^coach\.overgeneralizing\.explanation/);
  });
});
