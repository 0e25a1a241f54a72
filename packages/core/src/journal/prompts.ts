/**
 * Guided reflection prompts, written by the Mend team. Text lives in the message catalogue under
 * `journal.prompt.<id>`; this list orders them and groups them by theme. Assessment results
 * suggest prompts through their subscales' `prompts` lists.
 */
export const JOURNAL_THEMES = [
  "trust",
  "attachment-history",
  "self-worth",
  "core-fears",
  "friendships",
  "attachment-leanings",
  "appreciation",
] as const;
export type JournalTheme = (typeof JOURNAL_THEMES)[number];

export const JOURNAL_PROMPTS = [
  { id: "safe-moment", theme: "trust" },
  { id: "kept-promise", theme: "trust" },
  { id: "need-to-ask", theme: "trust" },
  { id: "old-hurt", theme: "attachment-history" },
  { id: "early-comfort", theme: "attachment-history" },
  { id: "first-letdown", theme: "attachment-history" },
  { id: "family-rules", theme: "attachment-history" },
  { id: "worth-today", theme: "self-worth" },
  { id: "inner-critic", theme: "self-worth" },
  { id: "friend-view", theme: "self-worth" },
  { id: "fear-underneath", theme: "core-fears" },
  { id: "worst-case", theme: "core-fears" },
  { id: "fear-origin", theme: "core-fears" },
  { id: "trusted-friend", theme: "friendships" },
  { id: "friend-rupture", theme: "friendships" },
  { id: "closeness-pull", theme: "attachment-leanings" },
  { id: "distance-pull", theme: "attachment-leanings" },
  { id: "reassurance", theme: "attachment-leanings" },
  { id: "appreciated-today", theme: "appreciation" },
] as const satisfies readonly { id: string; theme: JournalTheme }[];

export type JournalPromptId = (typeof JOURNAL_PROMPTS)[number]["id"];

export function isJournalPromptId(value: string): value is JournalPromptId {
  return JOURNAL_PROMPTS.some((prompt) => prompt.id === value);
}
