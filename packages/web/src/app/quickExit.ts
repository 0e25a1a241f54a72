import type { QueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { stopLiveUpdates } from "./liveUpdates.ts";

/** A site-internal, everyday page with nothing of Mend in it (no title, icon or words). */
export const NEUTRAL_PAGE = "/kitchen/lentil-soup.html";

/** Three presses of Shift within this many milliseconds, with no other key between them. */
const SHIFT_WINDOW_MS = 1500;

/**
 * Leave at once: hide the screen, forget everything cached in this tab, and replace the current
 * history entry with the neutral page so Back does not lead into Mend.
 */
export function quickExit(queryClient?: QueryClient): void {
  try {
    document.body.classList.add("is-exiting");
    document.title = "";
  } catch {
    // Keep going: leaving matters more than hiding.
  }
  try {
    stopLiveUpdates();
  } catch {
    // ignore
  }
  try {
    queryClient?.cancelQueries();
    queryClient?.clear();
  } catch {
    // ignore
  }
  try {
    sessionStorage.clear();
    localStorage.clear();
  } catch {
    // Storage can be unavailable (private mode); nothing to clear then.
  }
  if (typeof caches !== "undefined") {
    void caches
      .keys()
      .then((keys) => Promise.all(keys.map((key) => caches.delete(key))))
      .catch(() => undefined);
  }
  window.location.replace(NEUTRAL_PAGE);
}

/** Listens on the whole window, on every screen, signed in or not. */
export function useQuickExitShortcut(queryClient: QueryClient): void {
  useEffect(() => {
    let presses: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Shift") {
        presses = [];
        return;
      }
      if (event.repeat) return;
      const now = event.timeStamp || performance.now();
      presses = [...presses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
      if (presses.length >= 3) {
        presses = [];
        quickExit(queryClient);
      }
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [queryClient]);
}
