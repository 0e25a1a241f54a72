import type { CoachFlag } from "@mend/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstPlaceholder, rebaseFlags, rewritePieces, runsOf } from "../src/features/coach/spans.ts";

function flag(start: number, end: number, kind: CoachFlag["kind"] = "blame"): CoachFlag {
  return { kind, target: "partner", start, end, explanation: "", explanationKey: "" };
}

describe("rebaseFlags: highlights follow the text while the analysis waits", () => {
  const analysed = "You never listen and it's your fault.";
  const flags = [flag(0, 9, "overgeneralizing"), flag(26, 36)];

  it("keeps flags before the edit and moves flags after it", () => {
    const current = `Honestly, ${analysed}`;
    expect(rebaseFlags(analysed, current, flags).map((f) => current.slice(f.start, f.end))).toEqual([
      "You never",
      "your fault",
    ]);
  });

  it("drops a flag whose words were edited", () => {
    const current = analysed.replace("your fault", "your vault");
    const kept = rebaseFlags(analysed, current, flags);
    expect(kept.map((f) => current.slice(f.start, f.end))).toEqual(["You never"]);
  });

  it("never points at different words than were flagged", () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), fc.string(), (insert, at, cut, base) => {
        const text = `${base}${analysed}`;
        const shifted = flags.map((f) => ({ ...f, start: f.start + base.length, end: f.end + base.length }));
        const from = at % (text.length + 1);
        const to = Math.min(text.length, from + (cut % 5));
        const current = text.slice(0, from) + insert + text.slice(to);
        for (const moved of rebaseFlags(text, current, shifted)) {
          const original = shifted.find((f) => f.kind === moved.kind);
          expect(original).toBeDefined();
          if (original) {
            expect(current.slice(moved.start, moved.end)).toBe(text.slice(original.start, original.end));
          }
        }
      }),
    );
  });
});

describe("runsOf: the text cut at flag boundaries", () => {
  it("covers the text exactly once, with overlapping flags sharing a run", () => {
    const text = "You always blame me";
    const runs = runsOf(text, [flag(0, 10, "overgeneralizing"), flag(4, 16)]);
    expect(runs.map((run) => text.slice(run.start, run.end))).toEqual(["You ", "always", " blame", " me"]);
    expect(runs.map((run) => run.flags.length)).toEqual([1, 2, 1, 0]);
  });

  it("ignores flags that no longer fit the text", () => {
    expect(runsOf("short", [flag(2, 40)])).toEqual([{ start: 0, end: 5, flags: [] }]);
  });
});

describe("rewrite placeholders", () => {
  const text = "When [what happened], I feel [how I feel], because I need to feel heard.";
  it("marks each placeholder", () => {
    expect(rewritePieces(text, ["[what happened]", "[how I feel]"])).toEqual([
      { text: "When ", placeholder: false },
      { text: "[what happened]", placeholder: true },
      { text: ", I feel ", placeholder: false },
      { text: "[how I feel]", placeholder: true },
      { text: ", because I need to feel heard.", placeholder: false },
    ]);
  });
  it("finds the first one to select", () => {
    expect(firstPlaceholder(text, ["[how I feel]", "[what happened]"])).toEqual([5, 20]);
    expect(firstPlaceholder("All filled in.", [])).toBeNull();
  });
});
