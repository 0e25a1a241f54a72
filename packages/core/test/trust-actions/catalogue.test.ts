import { describe, expect, it } from "vitest";
import { hasMessage, t } from "../../src/i18n/index.ts";
import { dailyTrustAction, SITUATIONS, TRUST_ACTIONS } from "../../src/trust-actions/catalogue.ts";

/** PRODUCT.md principle 2: nothing that trades privacy for reassurance. */
const SURVEILLANCE =
  /password|passcode|location|track|gps|phone log|read (their|your partner's) (messages|texts)|proof|check (their|your partner's) phone|share your phone/i;

describe("daily trust actions", () => {
  it("has at least 40 actions, each with a text, a situation, and no surveillance", () => {
    expect(TRUST_ACTIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TRUST_ACTIONS.map((a) => a.id)).size).toBe(TRUST_ACTIONS.length);
    for (const action of TRUST_ACTIONS) {
      const key = `trustAction.${action.id}`;
      expect(hasMessage(key), key).toBe(true);
      if (hasMessage(key)) expect(t(key)).not.toMatch(SURVEILLANCE);
      expect(action.situations.length).toBeGreaterThan(0);
    }
    for (const situation of SITUATIONS) {
      expect(
        TRUST_ACTIONS.filter((a) => a.situations.includes(situation)).length,
        situation,
      ).toBeGreaterThanOrEqual(5);
    }
  });

  it("is stable for a person and a day, varies across days, and skips what was skipped", () => {
    const a = dailyTrustAction("person-1", "2026-11-26", ["everyday"]);
    expect(dailyTrustAction("person-1", "2026-11-26", ["everyday"])).toEqual(a);
    const days = Array.from(
      { length: 30 },
      (_, i) => dailyTrustAction("person-1", `2026-12-${String(i + 1).padStart(2, "0")}`, ["everyday"])?.id,
    );
    expect(new Set(days).size).toBeGreaterThan(10);
    const skipped = dailyTrustAction("person-1", "2026-11-26", ["everyday"], [a?.id ?? ""]);
    expect(skipped?.id).not.toBe(a?.id);
    expect(dailyTrustAction("p", "2026-11-26", ["solo"])?.situations).toContain("solo");
    const all = TRUST_ACTIONS.map((x) => x.id);
    expect(dailyTrustAction("p", "2026-11-26", ["everyday"], all)).toBeNull();
  });
});
