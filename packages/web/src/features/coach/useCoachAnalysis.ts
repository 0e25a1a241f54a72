import type { AnalyzeResult, CoachFlag } from "@mend/core";
import { useEffect, useMemo, useState } from "react";
import { type CoachClient, loadCoach } from "./loadCoach.ts";
import { rebaseFlags } from "./spans.ts";

/** How long typing must pause before the text is analysed again. */
export const COACH_DEBOUNCE_MS = 150;

export type CoachStatus = "off" | "loading" | "ready" | "unavailable";

export interface CoachAnalysis {
  status: CoachStatus;
  /** Flags aligned with the current `value` (moved or dropped if the text changed since). */
  flags: CoachFlag[];
  /** The text the latest analysis ran on (the rewrite is built from it). */
  analysedText: string;
  library: CoachClient | null;
}

interface Analysed {
  text: string;
  result: AnalyzeResult;
}

/**
 * Loads the coach when first enabled, then analyses `value` once typing has paused for
 * COACH_DEBOUNCE_MS. Between analyses, the last flags follow the text so highlights stay put.
 */
export function useCoachAnalysis(value: string, enabled: boolean): CoachAnalysis {
  const [library, setLibrary] = useState<CoachClient | null>(null);
  const [failed, setFailed] = useState(false);
  const [analysed, setAnalysed] = useState<Analysed | null>(null);

  useEffect(() => {
    if (!enabled || library) return;
    let live = true;
    setFailed(false);
    loadCoach().then(
      (loaded) => {
        if (live) setLibrary(loaded);
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [enabled, library]);

  useEffect(() => {
    if (!enabled || !library) return;
    let live = true;
    const timer = window.setTimeout(() => {
      library.analyze(value).then(
        (result) => {
          // An answer for text that has changed since is dropped: a newer request is on its way.
          if (live)
            setAnalysed((previous) =>
              previous && previous.text === value ? previous : { text: value, result },
            );
        },
        () => {
          if (live) setFailed(true);
        },
      );
    }, COACH_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [enabled, library, value]);

  const flags = useMemo(
    () => (enabled && analysed ? rebaseFlags(analysed.text, value, analysed.result.flags) : []),
    [enabled, analysed, value],
  );

  const status: CoachStatus = !enabled
    ? "off"
    : failed
      ? "unavailable"
      : library && analysed
        ? "ready"
        : "loading";
  return { status, flags, analysedText: analysed?.text ?? "", library };
}
