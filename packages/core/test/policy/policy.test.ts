import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  allowedVisibilities,
  canChange,
  canRead,
  type EntryFacts,
  type Viewer,
} from "../../src/policy/index.ts";

const alex: Viewer = { userId: "alex", role: "partner", coupleId: "c1" };
const sam: Viewer = { userId: "sam", role: "partner", coupleId: "c1" };
const olive: Viewer = { userId: "olive", role: "partner", coupleId: "c2" };
const formerSam: Viewer = { userId: "sam", role: "partner", coupleId: null };
const counsellor: Viewer = { userId: "dr", role: "counsellor", coupleId: "c1" };

const privateEntry: EntryFacts = { authorId: "alex", coupleId: "c1", visibility: "private" };
const sharedEntry: EntryFacts = { authorId: "alex", coupleId: "c1", visibility: "couple" };

describe("canRead", () => {
  it.each([
    ["author, private", alex, privateEntry, true],
    ["partner, private", sam, privateEntry, false],
    ["partner, shared", sam, sharedEntry, true],
    ["other couple, shared", olive, sharedEntry, false],
    ["former partner after leaving, shared", formerSam, sharedEntry, false],
    ["counsellor without consent, shared", counsellor, sharedEntry, false],
    ["counsellor without consent, private", counsellor, privateEntry, false],
  ])("%s", (_name, viewer, entry, expected) => {
    expect(canRead(viewer, entry)).toBe(expected);
  });

  it("always lets authors read their own entries, whatever else is true", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom("partner" as const, "counsellor" as const),
        fc.option(fc.string(), { nil: null }),
        fc.option(fc.string(), { nil: null }),
        fc.constantFrom("private" as const, "couple" as const),
        (userId, role, viewerCouple, entryCouple, visibility) =>
          canRead(
            { userId, role, coupleId: viewerCouple },
            { authorId: userId, coupleId: entryCouple, visibility },
          ),
      ),
    );
  });

  it("never shows a private entry to anyone but its author", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.string(), { nil: null }),
        (viewerId, authorId, couple) => {
          fc.pre(viewerId !== authorId);
          const viewer: Viewer = { userId: viewerId, role: "partner", coupleId: couple };
          return !canRead(viewer, { authorId, coupleId: couple, visibility: "private" });
        },
      ),
    );
  });

  it("never shows a solo viewer anything but their own", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.option(fc.string(), { nil: null }),
        (viewerId, authorId, couple) => {
          fc.pre(viewerId !== authorId);
          const viewer: Viewer = { userId: viewerId, role: "partner", coupleId: null };
          return !canRead(viewer, { authorId, coupleId: couple, visibility: "couple" });
        },
      ),
    );
  });
});

describe("canChange and allowedVisibilities", () => {
  it("lets only the author change an entry", () => {
    expect(canChange(alex, sharedEntry)).toBe(true);
    expect(canChange(sam, sharedEntry)).toBe(false);
  });
  it("offers sharing only to someone with a partner", () => {
    expect(allowedVisibilities(alex)).toEqual(["private", "couple"]);
    expect(allowedVisibilities(formerSam)).toEqual(["private"]);
  });
});
