import { describe, expect, it } from "vitest";
import {
  DEFAULT_RESOURCES_OPERATOR_NOTICE,
  defaultResources,
  RESOURCE_KINDS,
  ResourceFile,
  resourcesFor,
  type SupportResource,
} from "../../src/safety/resources.ts";

const helpline = (name: string, kind: SupportResource["kind"] = "domestic-abuse"): SupportResource => ({
  name,
  description: `${name} listens.`,
  phone: "0800 000 000",
  kind,
});

const problems = (file: unknown) => {
  const parsed = ResourceFile.safeParse(file);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("ResourceFile", () => {
  it("accepts a file with locales and a catch-all", () => {
    const file = {
      "en-GB": [
        { ...helpline("Local line"), url: "https://example.org/help", hours: "24 hours", text: "Text HELP" },
      ],
      "*": [helpline("Any locale", "emergency")],
    };
    expect(ResourceFile.parse(file)).toEqual(file);
  });

  it("rejects what would mislead or endanger someone reading it", () => {
    expect(problems({ en: [{ ...helpline("A"), url: "javascript:alert(1)" }] })).toEqual([
      "en.0.url: must be an https:// address",
    ]);
    expect(problems({ en: [{ ...helpline("A"), url: "http://example.org" }] })).toEqual([
      "en.0.url: must be an https:// address",
    ]);
    expect(problems({ en: [{ ...helpline("A"), phone: "call me" }] })).toEqual([
      "en.0.phone: must be a phone number: digits, spaces, + - ( )",
    ]);
    expect(problems({ en: [{ ...helpline("A"), kind: "shop" }] })).toEqual([
      "en.0.kind: must be one of emergency, crisis-line, domestic-abuse, counselling",
    ]);
    expect(problems({ en: [{ ...helpline("A"), name: "  " }] })).toEqual(["en.0.name: must not be empty"]);
    expect(problems({ en: [{ ...helpline("A"), colour: "red" }] })).toHaveLength(1);
  });

  it("rejects bad locales, empty lists and empty files", () => {
    expect(problems({ "not a locale": [helpline("A")] })[0]).toMatch(/must be a locale/);
    expect(problems({ en: [] })).toEqual(["en: must list at least one resource"]);
    expect(problems({})).toEqual([": must list resources for at least one locale"]);
  });
});

describe("resourcesFor", () => {
  const file: ResourceFile = {
    "en-GB": [helpline("UK line"), helpline("UK emergency", "emergency")],
    en: [helpline("English line")],
    "*": [helpline("Anywhere line")],
  };

  it("picks the exact locale, then the language, then the catch-all", () => {
    expect(resourcesFor("en-GB", file)).toMatchObject({ from: "en-GB", isDefault: false });
    expect(resourcesFor("en-gb", file).from).toBe("en-GB");
    expect(resourcesFor("en-AU", file).resources.map((r) => r.name)).toEqual(["English line"]);
    expect(resourcesFor("fr", file)).toMatchObject({ from: "*", resources: [{ name: "Anywhere line" }] });
  });

  it("narrows by kind and keeps falling back when a list has none of those kinds", () => {
    expect(resourcesFor("en-GB", file, ["emergency"]).resources.map((r) => r.name)).toEqual(["UK emergency"]);
    const onlyLines: ResourceFile = { en: [helpline("Line")] };
    expect(resourcesFor("en", onlyLines, ["emergency"])).toMatchObject({
      isDefault: true,
      resources: [{ kind: "emergency" }],
    });
  });

  it("falls back to Mend's defaults, marked as such, without a file or a match", () => {
    for (const result of [
      resourcesFor("en"),
      resourcesFor("de", null),
      resourcesFor("de", { "en-GB": [helpline("A")] }),
    ]) {
      expect(result.isDefault).toBe(true);
      expect(result.from).toBeNull();
      expect(result.resources).toEqual(defaultResources());
    }
    expect(DEFAULT_RESOURCES_OPERATOR_NOTICE).toMatch(/local helplines/);
  });

  it("has honest defaults: valid, one of each kind, and no invented phone numbers", () => {
    const defaults = defaultResources();
    expect(ResourceFile.parse({ en: defaults }).en).toEqual(defaults);
    expect(defaults.map((r) => r.kind).sort()).toEqual([...RESOURCE_KINDS].sort());
    for (const r of defaults) expect(r.phone).toBeUndefined();
    expect(defaults.find((r) => r.kind === "crisis-line")?.url).toBe("https://findahelpline.com");
  });
});
