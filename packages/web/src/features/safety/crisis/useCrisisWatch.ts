import type { CrisisKind } from "@mend/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { RESOURCES_STALE_MS, safetyApi, safetyKeys } from "../api.ts";
import { type CrisisModule, loadCrisis } from "./loadCrisis.ts";

/** Typing must pause this long before the text is read again. */
export const CRISIS_DEBOUNCE_MS = 400;

/** When a text holds several, the note speaks to the most personal first. */
const PRIORITY: readonly CrisisKind[] = ["self-harm", "being-harmed", "harm-to-others"];

/**
 * Reads `text` for crisis words in the browser as someone types. Nothing is stored or sent: the
 * only requests (the reader itself and the deployment's resources) are made once when the field
 * appears, whatever is typed, so the server can never tell that a note was shown.
 */
export function useCrisisWatch(text: string): CrisisKind | null {
  const queryClient = useQueryClient();
  const [library, setLibrary] = useState<CrisisModule | null>(null);
  const [kind, setKind] = useState<CrisisKind | null>(null);

  useEffect(() => {
    let live = true;
    loadCrisis().then(
      (loaded) => {
        if (live) setLibrary(loaded);
      },
      () => undefined, // without the reader the field simply works as before
    );
    void queryClient
      .prefetchQuery({
        queryKey: safetyKeys.resources,
        queryFn: safetyApi.resources,
        staleTime: RESOURCES_STALE_MS,
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [queryClient]);

  useEffect(() => {
    if (!library) return;
    const timer = window.setTimeout(() => {
      const found = new Set(library.detectCrisis(text).map((match) => match.kind));
      setKind(PRIORITY.find((candidate) => found.has(candidate)) ?? null);
    }, CRISIS_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [library, text]);

  return kind;
}
