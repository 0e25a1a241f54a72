import { allowedVisibilities, type Viewer, type Visibility } from "@mend/core";
import { badField, HttpError } from "../http/errors.ts";

/** Refuses a visibility the policy does not offer this viewer (sharing while solo). */
export function assertVisibilityAllowed(viewer: Viewer, visibility: Visibility): void {
  if (!allowedVisibilities(viewer).includes(visibility)) {
    throw badField("visibility", "you are not linked with a partner yet, so this can only be private");
  }
}

/**
 * The viewer's couple even while shared features are paused — for what must always stay possible,
 * above all withdrawing consent and reading the access log.
 */
export function requireLinked(viewer: Viewer): string {
  return requireCouple({ ...viewer, couplePaused: false });
}

/** The couple of a viewer who must be linked for this feature, or a kind 409. */
export function requireCouple(viewer: Viewer): string {
  if (viewer.couplePaused) {
    // Neutral on purpose: the partner must not learn why (PRODUCT.md section 10).
    throw new HttpError(
      409,
      "couple_paused",
      "Shared features are paused for now while one of you takes some time for individual work.",
    );
  }
  if (viewer.coupleId === null) {
    throw new HttpError(
      409,
      "not_in_couple",
      "This is something you do together. Link with your partner first.",
    );
  }
  return viewer.coupleId;
}
