/**
 * Guided journal prompts, written by the Mend team. The assessments issue adds more themes.
 * Text lives in the message catalogue under `journal.prompt.<id>`; this list only orders them.
 */
export const JOURNAL_PROMPTS = [
  { id: "safe-moment", theme: "trust" },
  { id: "kept-promise", theme: "trust" },
  { id: "old-hurt", theme: "history" },
  { id: "fear-underneath", theme: "fears" },
  { id: "appreciated-today", theme: "appreciation" },
  { id: "need-to-ask", theme: "needs" },
] as const;

export type JournalPromptId = (typeof JOURNAL_PROMPTS)[number]["id"];

export function isJournalPromptId(value: string): value is JournalPromptId {
  return JOURNAL_PROMPTS.some((prompt) => prompt.id === value);
}
