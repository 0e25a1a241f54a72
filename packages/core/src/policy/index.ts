/**
 * Who may see what. This is the one place that decides it; the server turns `readScope`
 * into SQL (packages/server/src/db/visibility.ts) and tests prove the SQL and `canRead` agree.
 *
 * Principle 1 of PRODUCT.md: private means private. The partner is treated as a possible
 * adversary, so every rule below fails closed: when in doubt, only the author sees an entry.
 */
import type { Role, Visibility } from "../contracts/index.ts";

/** The person asking, as the server knows them from their session. */
export interface Viewer {
  userId: string;
  role: Role;
  /** The couple the viewer belongs to now; null when solo or after leaving. */
  coupleId: string | null;
  /**
   * Shared features are paused because a member of the couple turned on safety mode. Reads of
   * what exists are unchanged; doing things together waits. Absent means not paused.
   */
  couplePaused?: boolean;
}

/** The facts about an entry that decide who may see it. */
export interface EntryFacts {
  authorId: string;
  /** The couple the author belonged to when writing; null for entries written solo. */
  coupleId: string | null;
  visibility: Visibility;
  /**
   * Before this instant only the author may read the entry (a letter timed for later). Null: not
   * yet, with no time set (a sealed check-in answer before both have answered). Absent: no embargo.
   */
  availableFrom?: string | null;
}

/**
 * A read scope is a disjunction: own entries, or entries of the viewer's current couple whose
 * visibility is one of `sharedVisibilities`. Kept as data so the SQL helper cannot drift from it.
 */
export interface ReadScope {
  authorId: string;
  shared: { coupleId: string; visibilities: readonly Visibility[] } | null;
  /** The instant the question is asked at; embargoed entries of others stay hidden until then. */
  now: string;
}

const PARTNER_SHARED: readonly Visibility[] = ["couple"];

export function readScope(viewer: Viewer, now: Date = new Date()): ReadScope {
  const at = now.toISOString();
  if (viewer.role !== "partner" || viewer.coupleId === null) {
    return { authorId: viewer.userId, shared: null, now: at };
  }
  return {
    authorId: viewer.userId,
    shared: { coupleId: viewer.coupleId, visibilities: PARTNER_SHARED },
    now: at,
  };
}

/** May `viewer` read `entry` at `now`? The same answer as a repo query scoped by `readScope(viewer, now)`. */
export function canRead(viewer: Viewer, entry: EntryFacts, now: Date = new Date()): boolean {
  const scope = readScope(viewer, now);
  if (entry.authorId === scope.authorId) return true;
  if (scope.shared === null) return false;
  if (entry.availableFrom === null) return false;
  if (entry.availableFrom !== undefined && new Date(entry.availableFrom).getTime() > now.getTime())
    return false;
  return entry.coupleId === scope.shared.coupleId && scope.shared.visibilities.includes(entry.visibility);
}

/** Only the author changes or deletes what they wrote, whatever its visibility. */
export function canChange(viewer: Viewer, entry: EntryFacts): boolean {
  return entry.authorId === viewer.userId;
}

/**
 * Visibility a viewer may choose for a new entry. Sharing needs a partner: an "Us" entry written
 * while solo would otherwise become visible to whoever links later, which the author never chose.
 */
export function allowedVisibilities(viewer: Viewer): readonly Visibility[] {
  return viewer.coupleId === null ? ["private"] : ["private", "couple"];
}

/**
 * What a counsellor may read of a couple in one category: the couple's shared ("couple") entries,
 * never private ones, never sealed or embargoed ones (the embargo rule of `visibleTo` applies) —
 * and only while both partners consent to that category. Null: nothing at all.
 */
export function counsellorScope(
  viewer: Viewer,
  coupleId: string,
  consented: readonly string[],
  category: string,
  now: Date = new Date(),
): ReadScope | null {
  if (viewer.role !== "counsellor" || !consented.includes(category)) return null;
  return {
    authorId: viewer.userId,
    shared: { coupleId, visibilities: PARTNER_SHARED },
    now: now.toISOString(),
  };
}

/** May a counsellor read `entry` in `category`? The same answer as SQL scoped by `counsellorScope`. */
export function counsellorCanRead(
  viewer: Viewer,
  coupleId: string,
  consented: readonly string[],
  category: string,
  entry: EntryFacts,
  now: Date = new Date(),
): boolean {
  const scope = counsellorScope(viewer, coupleId, consented, category, now);
  if (scope === null) return false;
  if (entry.authorId === viewer.userId) return true;
  if (entry.availableFrom === null) return false;
  if (entry.availableFrom !== undefined && new Date(entry.availableFrom).getTime() > now.getTime())
    return false;
  return entry.coupleId === coupleId && entry.visibility === "couple";
}
