/**
 * The coach library is loaded on demand with a dynamic `import()`, so it is a separate chunk that
 * only people writing to their partner (with the coach on) ever download. One load per page.
 */
import type * as CoachLibrary from "@mend/core/coach/index";

export type CoachModule = typeof CoachLibrary;

let pending: Promise<CoachModule> | null = null;

export function loadCoach(): Promise<CoachModule> {
  pending ??= import("@mend/core/coach/index").catch((error: unknown) => {
    pending = null; // let a later attempt try again (e.g. after going back online)
    throw error;
  });
  return pending;
}
