/**
 * The crisis-word reader is loaded with a dynamic `import()`, the coach's way, so it never holds
 * up the first screen. It is asked for when a text field appears, never because of what is
 * typed: the request for it says nothing about anyone's words.
 */
import type * as CrisisLibrary from "@mend/core/safety/crisis";

export type CrisisModule = typeof CrisisLibrary;

let pending: Promise<CrisisModule> | null = null;

export function loadCrisis(): Promise<CrisisModule> {
  pending ??= import("@mend/core/safety/crisis").catch((error: unknown) => {
    pending = null; // let a later field try again
    throw error;
  });
  return pending;
}
