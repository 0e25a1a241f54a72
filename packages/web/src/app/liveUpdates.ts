/**
 * Live updates: while someone is signed in, one EventSource listens on `GET /api/events`
 * (same origin, cookie auth). Events carry only a type and an id, never content, so each one
 * just marks the matching cached queries stale; open screens then fetch what they may see.
 * The stream closes on sign-out (the hook's user goes away) and on quick exit.
 */
import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { queryKeys } from "../api/index.ts";
import { COUNSELLOR_EVENT_KEYS } from "../features/counsellor/api.ts";

type QueryKey = readonly string[];

/** Which cached data each event makes stale. */
export const EVENT_KEYS: Readonly<Record<string, readonly QueryKey[]>> = {
  ...COUNSELLOR_EVENT_KEYS,
  "appreciation.created": [queryKeys.appreciations],
  "letter.delivered": [queryKeys.letters],
  "checkin.answered": [queryKeys.checkins],
  "checkin.revealed": [queryKeys.checkins],
  "checkin.missed": [queryKeys.checkins],
  "checkin.note-added": [queryKeys.checkins],
  "checkin.rhythm-proposed": [queryKeys.checkins],
  "checkin.rhythm-accepted": [queryKeys.checkins],
  "commitment.created": [queryKeys.commitments, queryKeys.timeline],
  "commitment.marked": [queryKeys.commitments, queryKeys.timeline],
  "commitment.acknowledged": [queryKeys.commitments],
  "commitment.renegotiated": [queryKeys.commitments],
  "commitment.ended": [queryKeys.commitments],
  "repair.started": [queryKeys.repairs],
  "repair.reflected": [queryKeys.repairs],
  "repair.revealed": [queryKeys.repairs],
  "repair.amend-offered": [queryKeys.repairs],
  "repair.ritual-chosen": [queryKeys.repairs],
  "repair.done": [queryKeys.repairs, queryKeys.timeline],
  "repair.forgiveness-shared": [queryKeys.repairs],
  "boundary.proposed": [queryKeys.boundaries],
  "boundary.agreed": [queryKeys.boundaries, queryKeys.timeline],
  "boundary.talk": [queryKeys.boundaries],
  "boundary.review-due": [queryKeys.boundaries],
  // A crossed boundary becomes an item on the next check-in.
  "boundary.crossed": [queryKeys.boundaries, queryKeys.checkins],
  "goal.created": [queryKeys.goals],
  "goal.milestone-reached": [queryKeys.goals, queryKeys.timeline],
  "goal.reached": [queryKeys.goals, queryKeys.timeline],
};

let current: EventSource | null = null;

/** Closes the stream at once (quick exit calls this before leaving). */
export function stopLiveUpdates(): void {
  current?.close();
  current = null;
}

function start(queryClient: QueryClient): EventSource | null {
  if (typeof EventSource === "undefined") return null;
  stopLiveUpdates();
  const source = new EventSource("/api/events");
  let opened = false;
  for (const [type, keys] of Object.entries(EVENT_KEYS)) {
    source.addEventListener(type, () => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    });
  }
  source.addEventListener("open", () => {
    // After a dropped connection the browser resumes with Last-Event-ID; refreshing once more
    // covers anything the server could no longer replay.
    if (opened) {
      for (const keys of Object.values(EVENT_KEYS)) {
        for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
      }
    }
    opened = true;
  });
  current = source;
  return source;
}

/** Keeps one stream open for `userId` (null when signed out). */
export function useLiveUpdates(userId: string | null): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!userId) return;
    const source = start(queryClient);
    return () => {
      source?.close();
      if (current === source) current = null;
    };
  }, [userId, queryClient]);
}
