import { describe, expect, it } from "vitest";
import { highlightIsWholeMatch } from "../../src/coach/highlight.ts";
import { RULES } from "../../src/coach/rules.ts";

describe("highlightIsWholeMatch", () => {
  it("accepts an h group around the whole pattern, lookaheads after it allowed", () => {
    expect(highlightIsWholeMatch("(?<h>you (?:always|never))")).toBe(true);
    expect(highlightIsWholeMatch("(?<h>you [^ ,)]+)(?= |$)")).toBe(true);
  });

  it("accepts t opening and h closing the match", () => {
    expect(highlightIsWholeMatch("(?<t>you|i) (?:just )?(?<h>always)")).toBe(true);
  });

  it("refuses shapes where the highlight may be narrower than the match", () => {
    expect(highlightIsWholeMatch("(?<h>or else)(?: ,|$)")).toBe(false);
    expect(highlightIsWholeMatch("(?<t>you) (?<h>never) listen")).toBe(false);
    expect(highlightIsWholeMatch("(?<t>you)? (?<h>never)")).toBe(false);
    expect(highlightIsWholeMatch("(?<t>you) (?<h>never)?")).toBe(false);
    expect(highlightIsWholeMatch("(?<h>a)|b")).toBe(false);
    expect(highlightIsWholeMatch("so (?<h>always)")).toBe(false);
  });

  it("agrees with the match indices on every rule that claims it", () => {
    const text = "you always do this and you never listen to me , whatever";
    for (const rule of RULES.filter((r) => r.wholeHighlight)) {
      rule.re.lastIndex = 0;
      for (const m of text.matchAll(rule.re)) {
        const whole = m.indices?.[0];
        const { h, t } = m.indices?.groups ?? {};
        if (h === undefined || whole === undefined) continue;
        expect([Math.min(h[0], t?.[0] ?? h[0]), Math.max(h[1], t?.[1] ?? h[1])]).toEqual(whole);
      }
    }
  });
});
