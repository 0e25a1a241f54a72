/**
 * Names for what a counsellor can see and suggest, all from Mend's own catalogues in core, so
 * the pick lists and the couple's to-do list always agree with what the server accepts.
 */
import {
  BUILT_IN_INSTRUMENTS,
  COUNSELLOR_CATEGORIES,
  type CounsellorCategory,
  EXERCISE_KINDS,
  hasMessage,
  JOURNAL_PROMPTS,
  REPAIR_RITUALS,
  TRUST_ACTIONS,
  t,
} from "@mend/core";
import type { ExerciseKind } from "./api.ts";

export { COUNSELLOR_CATEGORIES, EXERCISE_KINDS };

export function categoryName(category: CounsellorCategory): string {
  return t(`counsellor.category.${category}`);
}

/** "Check-ins, Goals" in Mend's own order, whatever order the list came in. */
export function categoryList(categories: readonly string[]): string {
  return COUNSELLOR_CATEGORIES.filter((c) => categories.includes(c))
    .map(categoryName)
    .join(", ");
}

/** A catalogue key built at run time; falls back to the id if the text is missing. */
function message(key: string, fallback: string): string {
  return hasMessage(key) ? t(key) : fallback;
}

export interface CatalogueItem {
  ref: string;
  text: string;
}

/** Everything a counsellor can pick for one kind of exercise. */
export function catalogueFor(kind: ExerciseKind): CatalogueItem[] {
  switch (kind) {
    case "prompt":
      return JOURNAL_PROMPTS.map((p) => ({ ref: p.id, text: message(`journal.prompt.${p.id}`, p.id) }));
    case "instrument":
      return BUILT_IN_INSTRUMENTS.map((i) => ({ ref: i.id, text: i.title }));
    case "commitment-idea":
      return TRUST_ACTIONS.map((a) => ({ ref: a.id, text: message(`trustAction.${a.id}`, a.id) }));
    case "ritual":
      return REPAIR_RITUALS.map((r) => ({ ref: r, text: message(`repair.ritual.${r}`, r) }));
  }
}

export function exerciseText(kind: ExerciseKind, ref: string): string {
  return catalogueFor(kind).find((item) => item.ref === ref)?.text ?? ref;
}

export function kindName(kind: ExerciseKind): string {
  return t(`counsellor.kind.${kind}`);
}

/** "Alex and Sam" from the couple's partners (one name while only one is left). */
export function coupleNames(partners: readonly { displayName: string }[]): string {
  const [first, second] = partners;
  if (!first) return "";
  return second
    ? t("counsellor.couple.names", { first: first.displayName, second: second.displayName })
    : first.displayName;
}
