import { allowedVisibilities, type Viewer, type Visibility } from "@mend/core";
import { badField } from "../http/errors.ts";

/** Refuses a visibility the policy does not offer this viewer (sharing while solo). */
export function assertVisibilityAllowed(viewer: Viewer, visibility: Visibility): void {
  if (!allowedVisibilities(viewer).includes(visibility)) {
    throw badField("visibility", "you are not linked with a partner yet, so this can only be private");
  }
}
