/**
 * The coach's texts by message key: the explanations and suggestions on flags, and the rewrite's
 * template and placeholders. index.ts sets the English catalogue. The web app runs the engine in
 * a Web Worker (engine.ts) and sends it the catalogue the page already has, so the worker's bundle
 * does not carry a second copy.
 */
export type CoachMessages = Readonly<Record<string, string>>;

let current: CoachMessages = {};

export function setCoachMessages(messages: CoachMessages): void {
  current = messages;
}

/** The catalogue in use; a new object after every setCoachMessages, so callers can cache by it. */
export function coachMessages(): CoachMessages {
  return current;
}

/** The text for `key`, or the key itself where the catalogue has none. */
export function coachText(key: string): string {
  return current[key] ?? key;
}
